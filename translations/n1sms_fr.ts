<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutBox</name>
    <message>
        <source>About N1SMS</source>
        <translation>À propos de N1SMS</translation>
    </message>
    <message>
        <source>&lt;h3&gt;N1SMS Desktop %1&lt;/h3&gt;&lt;p&gt;Temporary phone numbers and their SMS codes, for the &lt;a href=&quot;https://n1sms.com&quot;&gt;N1SMS&lt;/a&gt; service.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;N1SMS Desktop %1&lt;/h3&gt;&lt;p&gt;Des numéros de téléphone temporaires et leurs codes SMS, pour le service &lt;a href=&quot;https://n1sms.com&quot;&gt;N1SMS&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;N1SMS Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses Qt %1, under the GNU Lesser General Public License version 3, and QtKeychain, under the BSD 3-clause licence. Its flags are drawn from the Noto Color Emoji font, under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;N1SMS Desktop est un logiciel libre sous licence MIT.&lt;/p&gt;&lt;p&gt;Il utilise Qt %1, sous licence GNU Lesser General Public License version 3, et QtKeychain, sous licence BSD à 3 clauses. Ses drapeaux sont dessinés à partir de la police Noto Color Emoji, sous licence SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Solde : %1</translation>
    </message>
    <message>
        <source>Orders: %L1 · active: %L2 · spent: %3</source>
        <translation>Commandes : %L1 · en cours : %L2 · dépensé : %3</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Environ %1</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>&amp;Recharger…</translation>
    </message>
    <message>
        <source>Opens the service&apos;s website, where deposits are made</source>
        <translation>Ouvre le site du service, où se font les dépôts</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Le serveur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed; its certificate is not trusted.</source>
        <translation>La connexion sécurisée au serveur a échoué : son certificat n’est pas reconnu.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>L’adresse du serveur doit commencer par https:// (http simple n’est permis que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Some of the details are not valid.</source>
        <translation>Certaines informations ne sont pas valides.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>Le serveur n’a pas trouvé ce qui était demandé.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation>Trop de requêtes. Veuillez patienter un instant.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Le serveur a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>This server does not support that action.</source>
        <translation>Ce serveur ne prend pas en charge cette action.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect.</source>
        <translation>Le serveur a répondu par une redirection inattendue.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>La réponse du serveur était trop volumineuse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur est incompréhensible.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Please wait %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes. Veuillez patienter %n seconde.</numerusform>
            <numerusform>Trop de requêtes. Veuillez patienter %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The demo uses its built-in server.</source>
        <translation>La démo utilise son serveur intégré.</translation>
    </message>
    <message>
        <source>Set for this run by --base-url on the command line.</source>
        <translation>Fixé pour cette exécution par --base-url sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Copied the code %1.</source>
        <translation>Code copié : %1.</translation>
    </message>
    <message>
        <source>Cleared the clipboard.</source>
        <translation>Presse-papiers vidé.</translation>
    </message>
    <message>
        <source>Copied the number %1: paste it into %2&apos;s sign-up form.</source>
        <translation>Numéro copié : %1. Collez-le dans le formulaire d’inscription de %2.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard clears in %n second(s).</source>
        <translation>
            <numerusform>Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation>Impossible de démarrer le serveur de démo.</translation>
    </message>
    <message>
        <source>%1 order ended</source>
        <translation>Commande %1 terminée</translation>
    </message>
    <message>
        <source>%1 number bought at another price</source>
        <translation>Numéro %1 acheté à un autre prix</translation>
    </message>
    <message>
        <source>N1SMS keeps watching</source>
        <translation>N1SMS continue de surveiller</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) still waiting: the code will show here when it comes.</source>
        <translation>
            <numerusform>%n commande encore en attente : le code s’affichera ici à son arrivée.</numerusform>
            <numerusform>%n commandes encore en attente : le code s’affichera ici à son arrivée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the diagnostics: the app&apos;s version, the server&apos;s address and the last lines of its log. Nothing secret is in them.</source>
        <translation>Diagnostics copiés : la version de l’application, l’adresse du serveur et les dernières lignes de son journal. Rien de secret n’y figure.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running with your account; its window is in front. Quit it first to run the demo.</source>
        <translation>N1SMS Desktop est déjà ouvert avec votre compte ; sa fenêtre est au premier plan. Quittez-le d’abord pour lancer la démo.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running the demo; its window is in front. Quit it first to use your account.</source>
        <translation>N1SMS Desktop est déjà ouvert en démo ; sa fenêtre est au premier plan. Quittez-le d’abord pour utiliser votre compte.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running on %1; its window is in front. Quit it first to use %2.</source>
        <translation>N1SMS Desktop est déjà ouvert sur %1 ; sa fenêtre est au premier plan. Quittez-le d’abord pour utiliser %2.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en/au %2 : %3</translation>
    </message>
    <message>
        <source>What you watched for is here. The confirmation to buy it is open.</source>
        <translation>Ce que vous surveilliez est là. La confirmation d&apos;achat est ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>What you watched for is here: %n number(s) in stock. Click to see it.</source>
        <translation>
            <numerusform>Ce que vous surveilliez est là : %n numéro en stock. Cliquez pour le voir.</numerusform>
            <numerusform>Ce que vous surveilliez est là : %n numéros en stock. Cliquez pour les voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>No secure storage is set up for this app.</source>
        <translation>Aucun stockage sécurisé n’est configuré pour cette application.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this system.</source>
        <translation>Aucun trousseau (Secret Service) n’est disponible sur ce système.</translation>
    </message>
    <message>
        <source>The keychain refused to store the sign-in.</source>
        <translation>Le trousseau a refusé d’enregistrer la connexion.</translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Order: %1 (%2)</source>
        <translation>Commande : %1 (%2)</translation>
    </message>
    <message>
        <source>no order code</source>
        <translation>sans code de commande</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro : %1</translation>
    </message>
    <message>
        <source>Service: %1 (id %2)</source>
        <translation>Service : %1 (id %2)</translation>
    </message>
    <message>
        <source>Country: %1 (%2, id %3)</source>
        <translation>Pays : %1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Bought: %1</source>
        <translation>Acheté : %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire : %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût : %1</translation>
    </message>
    <message>
        <source>Status: %1 (the server says &quot;%2&quot;)</source>
        <translation>État : %1 (le serveur dit « %2 »)</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS : %1</translation>
    </message>
    <message>
        <source>No longer listed by the server since %1</source>
        <translation>Plus listée par le serveur depuis %1</translation>
    </message>
    <message>
        <source>Another try after order %1</source>
        <translation>Nouvel essai après la commande %1</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historique des états :</translation>
    </message>
    <message>
        <source>Last message from the server: %1</source>
        <translation>Dernier message du serveur : %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Copied the details of order %1 for support.</source>
        <translation>Détails de la commande %1 copiés pour le support.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>%n commande exportée vers %1.</numerusform>
            <numerusform>%n commandes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders could not be exported to %1: %2</source>
        <translation>Les commandes n’ont pas pu être exportées vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>BookStatsModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>How many of the numbers the user bought brought their code: &quot;4 of 5&quot;</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Numbers bought</source>
        <translation>Numéros achetés</translation>
    </message>
    <message>
        <source>Got a code</source>
        <translation>Code reçu</translation>
    </message>
    <message>
        <source>Your success</source>
        <translation>Votre réussite</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
</context>
<context>
    <name>BuyBestController</name>
    <message>
        <source>The plan stopped: the prices could not be loaded (%1). Nothing more was bought.</source>
        <translation>Le plan s&apos;est arrêté : les prix n&apos;ont pas pu être chargés (%1). Rien de plus n&apos;a été acheté.</translation>
    </message>
    <message>
        <source>The plan was stopped. The number bought is kept.</source>
        <translation>Le plan a été arrêté. Le numéro acheté est conservé.</translation>
    </message>
    <message>
        <source>The plan was stopped. Nothing was bought.</source>
        <translation>Le plan a été arrêté. Rien n&apos;a été acheté.</translation>
    </message>
    <message>
        <source>No country of the plan had a %1 number to sell within %2. Nothing was bought.</source>
        <translation>Aucun pays du plan n&apos;avait de numéro %1 à vendre pour %2 ou moins. Rien n&apos;a été acheté.</translation>
    </message>
    <message>
        <source>%1 has no numbers in stock now.</source>
        <translation>%1 n&apos;a plus de numéros en stock.</translation>
    </message>
    <message>
        <source>%1 now costs %2, above your %3.</source>
        <translation>%1 coûte maintenant %2, plus que vos %3.</translation>
    </message>
    <message>
        <source>It was charged %1, above your %2: the price changed as it was bought.</source>
        <translation>Il a été facturé %1, plus que vos %2 : le prix a changé pendant l&apos;achat.</translation>
    </message>
    <message>
        <source>Bought %1 in %2 for %3.</source>
        <translation>%1 acheté (%2) pour %3.</translation>
    </message>
    <message>
        <source>The plan stopped: your balance is too low for a number in %1. Top up, then try again.</source>
        <translation>Le plan s&apos;est arrêté : votre solde est trop bas pour un numéro en/au %1. Rechargez, puis réessayez.</translation>
    </message>
    <message>
        <source>The plan stopped at %1: %2 Nothing more was bought.</source>
        <translation>Le plan s&apos;est arrêté à %1 : %2 Rien de plus n&apos;a été acheté.</translation>
    </message>
    <message>
        <source>No answer came from %1, and your orders show nothing was bought there.</source>
        <translation>Aucune réponse pour %1, et vos commandes montrent que rien n&apos;y a été acheté.</translation>
    </message>
    <message>
        <source>The plan stopped: whether a number was bought in %1 could not be learned (%2). Check your orders before buying again.</source>
        <translation>Le plan s&apos;est arrêté : impossible de savoir si un numéro a été acheté en/au %1 (%2). Vérifiez vos commandes avant de racheter.</translation>
    </message>
    <message>
        <source>The plan stopped: the session ended. Look in Active orders before buying again.</source>
        <translation>Le plan s&apos;est arrêté : la session a pris fin. Regardez les commandes actives avant de racheter.</translation>
    </message>
    <message>
        <source>Bought %1 in %2 for %3; its code came: %4.</source>
        <translation>%1 acheté (%2) pour %3 ; son code est arrivé : %4.</translation>
    </message>
    <message>
        <source>The number in %1 ended without a code (refunded).</source>
        <translation>Le numéro en/au %1 a pris fin sans code (remboursé).</translation>
    </message>
</context>
<context>
    <name>BuyBestDialog</name>
    <message>
        <source>the lowest price</source>
        <translation>le prix le plus bas</translation>
    </message>
    <message>
        <source>the server&apos;s success rate</source>
        <translation>le taux de réussite du serveur</translation>
    </message>
    <message>
        <source>your own record there</source>
        <translation>votre propre bilan là-bas</translation>
    </message>
    <message>
        <source>Buy the best %1 number</source>
        <translation>Acheter le meilleur numéro %1</translation>
    </message>
    <message>
        <source>Pay at &amp;most (₵):</source>
        <translation>Payer au &amp;plus (₵) :</translation>
    </message>
    <message>
        <source>First by</source>
        <translation>D&apos;abord par</translation>
    </message>
    <message>
        <source>Then by</source>
        <translation>Puis par</translation>
    </message>
    <message>
        <source>Then by, last</source>
        <translation>Puis par, en dernier</translation>
    </message>
    <message>
        <source>then</source>
        <translation>puis</translation>
    </message>
    <message>
        <source>Rank &amp;first by:</source>
        <translation>Classer d&apos;a&amp;bord par :</translation>
    </message>
    <message>
        <source>&amp;Countries to try:</source>
        <translation>&amp;Pays à essayer :</translation>
    </message>
    <message>
        <source>If the number expires without its code, buy in the next country (each number that expires is refunded)</source>
        <translation>Si le numéro expire sans son code, acheter dans le pays suivant (chaque numéro expiré est remboursé)</translation>
    </message>
    <message>
        <source>The countries to try, in order</source>
        <translation>Les pays à essayer, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Stop the plan</source>
        <translation>&amp;Arrêter le plan</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>%1 % success</source>
        <translation>%1 % de réussite</translation>
    </message>
    <message>
        <source>yours: %1 %</source>
        <translation>le vôtre : %1 %</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Type the most you will pay for the number, in cedi.</source>
        <translation>Saisissez le maximum que vous paierez pour le numéro, en cedi.</translation>
    </message>
    <message>
        <source>No country has a %1 number in stock at %2 or less.</source>
        <translation>Aucun pays n&apos;a de numéro %1 en stock à %2 ou moins.</translation>
    </message>
    <message>
        <source>Up to 1 number, at most %1, trying %2 in that order.</source>
        <translation>Jusqu&apos;à 1 numéro, au plus %1, en essayant %2 dans cet ordre.</translation>
    </message>
    <message>
        <source>If a number expires without its code, it is refunded and the next country is tried: at most %1 is spent at a time.</source>
        <translation>Si un numéro expire sans son code, il est remboursé et le pays suivant est essayé : au plus %1 est dépensé à la fois.</translation>
    </message>
    <message>
        <source>At most %1 is spent.</source>
        <translation>Au plus %1 est dépensé.</translation>
    </message>
    <message>
        <source>&amp;Buy best</source>
        <translation>&amp;Acheter le meilleur</translation>
    </message>
    <message>
        <source>trying now</source>
        <translation>essai en cours</translation>
    </message>
    <message>
        <source>Trying %1 (%2 of %3)…</source>
        <translation>Essai : %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>bought %1 for %2</source>
        <translation>%1 acheté pour %2</translation>
    </message>
    <message>
        <source>Bought %1. Waiting for its code…</source>
        <translation>%1 acheté. En attente de son code…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation>L’adresse du serveur doit être une URL https:// (http:// simple uniquement pour cet ordinateur) : %1</translation>
    </message>
    <message>
        <source>The session ended. Sign in again (n1sms login), then run this again.</source>
        <translation>La session a pris fin. Reconnectez-vous (n1sms login), puis relancez ceci.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Signing in as %1 (the session kept in the keychain)…</source>
        <translation>Connexion en tant que %1 (la session gardée dans le trousseau)…</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>Connexion impossible :</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;n1sms login&quot;, or set N1SMS_EMAIL and N1SMS_PASSWORD.</source>
        <translation>Non connecté. Lancez « n1sms login », ou définissez N1SMS_EMAIL et N1SMS_PASSWORD.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2</source>
        <translation>Connexion impossible en tant que %1 : %2</translation>
    </message>
    <message>
        <source>Which account? Give --email, or set N1SMS_EMAIL.</source>
        <translation>Quel compte ? Donnez --email, ou définissez N1SMS_EMAIL.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe de %1 :</translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: use --password-stdin (or N1SMS_PASSWORD).</source>
        <translation>Aucun terminal où demander le mot de passe : utilisez --password-stdin (ou N1SMS_PASSWORD).</translation>
    </message>
    <message>
        <source>An email and a password are needed to sign in.</source>
        <translation>Il faut une adresse e-mail et un mot de passe pour se connecter.</translation>
    </message>
    <message>
        <source>Signed in as %1. The session is kept in the system keychain.</source>
        <translation>Connecté en tant que %1. La session est gardée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be kept: %1 Nothing was stored.</source>
        <translation>Connecté, mais la session n’a pas pu être gardée : %1 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Signed out: %1&apos;s session is forgotten.</source>
        <translation>Déconnecté : la session de %1 est oubliée.</translation>
    </message>
    <message>
        <source>No session is kept for %1.</source>
        <translation>Aucune session n’est gardée pour %1.</translation>
    </message>
    <message>
        <source>Could not sign out:</source>
        <translation>Déconnexion impossible :</translation>
    </message>
    <message>
        <source>Could not load the services:</source>
        <translation>Impossible de charger les services :</translation>
    </message>
    <message>
        <source>Could not load the prices:</source>
        <translation>Impossible de charger les prix :</translation>
    </message>
    <message>
        <source>No service has the id %1. n1sms services lists them.</source>
        <translation>Aucun service n’a l’identifiant %1. n1sms services les liste.</translation>
    </message>
    <message>
        <source>No service is called &quot;%1&quot;. n1sms services lists them.</source>
        <translation>Aucun service ne s’appelle « %1 ». n1sms services les liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2. Say which, by its name or id.</source>
        <translation>« %1 » peut désigner %2. Précisez lequel, par son nom ou son identifiant.</translation>
    </message>
    <message>
        <source>No country &quot;%1&quot; in this service&apos;s price list. n1sms prices lists them.</source>
        <translation>Aucun pays « %1 » dans la liste des prix de ce service. n1sms prices les liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2. Say which, by its name, ISO code or id.</source>
        <translation>« %1 » peut désigner %2. Précisez lequel, par son nom, son code ISO ou son identifiant.</translation>
    </message>
    <message>
        <source>Balance: %1 (%2)</source>
        <translation>Solde : %1 (%2)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Solde : %1</translation>
    </message>
    <message>
        <source>Could not load the balance:</source>
        <translation>Impossible de charger le solde :</translation>
    </message>
    <message>
        <source>No service matches &quot;%1&quot;.</source>
        <translation>Aucun service ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>popular</source>
        <translation>populaire</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRIX</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>IN STOCK</source>
        <translation>EN STOCK</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>SUCCÈS</translation>
    </message>
    <message>
        <source>No country to show.</source>
        <translation>Aucun pays à afficher.</translation>
    </message>
    <message>
        <source>%1 numbers in %2 are out of stock. Nothing was bought.</source>
        <translation>Plus de numéros %1 en stock pour %2. Rien n’a été acheté.</translation>
    </message>
    <message>
        <source>--max-price takes an amount in cedi, such as 5.00, not &quot;%1&quot;.</source>
        <translation>--max-price attend un montant en cedi, comme 5.00, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 in %2 costs %3, above your --max-price of %4. Nothing was bought.</source>
        <translation>%1 en %2 coûte %3, au-dessus de votre --max-price de %4. Rien n’a été acheté.</translation>
    </message>
    <message>
        <source>Not bought: nothing confirmed it. Add --yes, or run n1sms on a terminal to be asked.</source>
        <translation>Pas acheté : rien ne l’a confirmé. Ajoutez --yes, ou lancez n1sms dans un terminal pour qu’il vous le demande.</translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 for %3? [y/N]</source>
        <translation>Acheter un numéro %1 en %2 pour %3 ? [o/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Not bought.</source>
        <translation>Pas acheté.</translation>
    </message>
    <message>
        <source>Charged %1, not the %2 listed.</source>
        <translation>Débité de %1, et non des %2 affichés.</translation>
    </message>
    <message>
        <source>Not bought (nothing was charged):</source>
        <translation>Pas acheté (rien n’a été débité) :</translation>
    </message>
    <message>
        <source>Not bought:</source>
        <translation>Pas acheté :</translation>
    </message>
    <message>
        <source>No answer came to the purchase (%1). Checking your orders to learn whether it went through; it is not sent again…</source>
        <translation>Aucune réponse à l’achat (%1). Vérification de vos commandes pour savoir s’il a abouti ; il n’est pas renvoyé…</translation>
    </message>
    <message>
        <source>No number was bought: for a minute your orders showed no new one. If one appears later, n1sms orders will show it.</source>
        <translation>Aucun numéro n’a été acheté : pendant une minute, vos commandes n’en ont montré aucun nouveau. S’il en apparaît un plus tard, n1sms orders le montrera.</translation>
    </message>
    <message>
        <source>Could not learn whether the number was bought (%1). Check with &quot;n1sms orders&quot; before buying again.</source>
        <translation>Impossible de savoir si le numéro a été acheté (%1). Vérifiez avec « n1sms orders » avant d’acheter de nouveau.</translation>
    </message>
    <message>
        <source>The session ended while the number was being bought. Check with &quot;n1sms orders&quot; before buying again.</source>
        <translation>La session a pris fin pendant l’achat du numéro. Vérifiez avec « n1sms orders » avant d’acheter de nouveau.</translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation>Achat d’un numéro %1 – %2…</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Order %1 ended without a code (%2); its price is refunded.</source>
        <translation>La commande %1 s’est terminée sans code (%2) ; son prix est remboursé.</translation>
    </message>
    <message>
        <source>Order %1 ended without a code (%2).</source>
        <translation>La commande %1 s’est terminée sans code (%2).</translation>
    </message>
    <message>
        <source>Could not check the orders (%1); trying again at %2.</source>
        <translation>Impossible de vérifier les commandes (%1) ; nouvel essai à %2.</translation>
    </message>
    <message>
        <source>No code came for order %1 within %2 s. It may still come: n1sms wait %1 waits again.</source>
        <translation>Aucun code n’est arrivé pour la commande %1 en %2 s. Il peut encore venir : n1sms wait %1 attend de nouveau.</translation>
    </message>
    <message>
        <source>Waiting for the SMS code…</source>
        <translation>En attente du code SMS…</translation>
    </message>
    <message>
        <source>No order %1 among your %2 most recent orders.</source>
        <translation>Aucune commande %1 parmi vos %2 commandes les plus récentes.</translation>
    </message>
    <message>
        <source>Waiting for the SMS code of order %1…</source>
        <translation>En attente du code SMS de la commande %1…</translation>
    </message>
    <message>
        <source>Could not load your orders:</source>
        <translation>Impossible de charger vos commandes :</translation>
    </message>
    <message>
        <source>Page %1 of %2.</source>
        <translation>Page %1 sur %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 is refunded.</source>
        <translation>Commande %1 annulée ; %2 est remboursé.</translation>
    </message>
    <message>
        <source>This server does not offer cancelling; an order without a code is refunded when its time runs out.</source>
        <translation>Ce serveur ne permet pas d’annuler ; une commande sans code est remboursée à l’expiration de son délai.</translation>
    </message>
    <message>
        <source>Order %1 was not cancelled:</source>
        <translation>La commande %1 n’a pas été annulée :</translation>
    </message>
    <message>
        <source>No orders to show.</source>
        <translation>Aucune commande à afficher.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COÛT</translation>
    </message>
    <message>
        <source>BOUGHT</source>
        <translation>ACHETÉ LE</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A password is never taken on the command line, where other users and the shell&apos;s history could see it: use --password-stdin, or the N1SMS_PASSWORD variable.</source>
        <translation>Un mot de passe n’est jamais accepté sur la ligne de commande, où les autres utilisateurs et l’historique du shell pourraient le voir : utilisez --password-stdin, ou la variable N1SMS_PASSWORD.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--wait attend un nombre de secondes, pas « %1 ».</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 attend une valeur.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 n’attend pas de valeur.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue : %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande donnée.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 n’accepte pas --%2.</translation>
    </message>
    <message>
        <source>%1: an argument is missing.</source>
        <translation>%1 : il manque un argument.</translation>
    </message>
    <message>
        <source>%1: too many arguments (%2).</source>
        <translation>%1 : trop d’arguments (%2).</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 attend l’une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>--max-price cannot be kept with --pricing best: the server may charge more than the listed price for it.</source>
        <translation>--max-price ne peut pas être garanti avec --pricing best : le serveur peut facturer plus que le prix affiché.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number above zero.</source>
        <translation>--%1 attend un nombre entier supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 takes an order&apos;s number, such as 5008.</source>
        <translation>%1 attend le numéro d’une commande, comme 5008.</translation>
    </message>
    <message>
        <source>n1sms login [--email EMAIL] [--password-stdin]
  Signs in and keeps the session in the system keychain, shared with the
  desktop app&apos;s &quot;Remember me&quot; for the same server. The password is asked
  for without echo on a terminal, or read from standard input.</source>
        <translation>n1sms login [--email EMAIL] [--password-stdin]
  Se connecte et garde la session dans le trousseau du système, partagée avec
  « Se souvenir de moi » de l’application de bureau pour le même serveur. Le mot
  de passe est demandé sans écho dans un terminal, ou lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>n1sms logout
  Signs out on the server and forgets the session kept in the keychain.</source>
        <translation>n1sms logout
  Se déconnecte du serveur et oublie la session gardée dans le trousseau.</translation>
    </message>
    <message>
        <source>n1sms balance
  The account&apos;s balance, in cedi and in dollars.</source>
        <translation>n1sms balance
  Le solde du compte, en cedi et en dollars.</translation>
    </message>
    <message>
        <source>n1sms services [SEARCH]
  The services numbers are sold for, or those whose name contains SEARCH.</source>
        <translation>n1sms services [SEARCH]
  Les services pour lesquels des numéros sont vendus, ou ceux dont le nom
  contient SEARCH.</translation>
    </message>
    <message>
        <source>n1sms prices SERVICE [--country COUNTRY] [--in-stock]
             [--sort price|success|stock]
  The price, stock and success rate of SERVICE in each country.</source>
        <translation>n1sms prices SERVICE [--country COUNTRY] [--in-stock]
             [--sort price|success|stock]
  Le prix, le stock et le taux de succès de SERVICE dans chaque pays.</translation>
    </message>
    <message>
        <source>n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]
          [--yes] [--wait [SECONDS]]
  Buys one number, after a confirmation (--yes: none). Refused, with
  nothing sent, when the listed price is above --max-price. With --wait,
  waits for the SMS code (at most SECONDS) and prints it.</source>
        <translation>n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]
          [--yes] [--wait [SECONDS]]
  Achète un numéro, après confirmation (--yes : aucune). Refusé, sans rien
  envoyer, si le prix affiché dépasse --max-price. Avec --wait, attend le
  code SMS (au plus SECONDS) et l’affiche.</translation>
    </message>
    <message>
        <source>n1sms orders [--status active|completed|cancelled|expired|all] [--page N]
  Your orders: the active ones, or a page of the past ones.</source>
        <translation>n1sms orders [--status active|completed|cancelled|expired|all] [--page N]
  Vos commandes : celles en cours, ou une page des précédentes.</translation>
    </message>
    <message>
        <source>n1sms wait ORDER_ID [--timeout SECONDS]
  Waits for the SMS code of an order and prints it.</source>
        <translation>n1sms wait ORDER_ID [--timeout SECONDS]
  Attend le code SMS d’une commande et l’affiche.</translation>
    </message>
    <message>
        <source>n1sms cancel ORDER_ID
  Cancels an order that has no code yet; its price is refunded.</source>
        <translation>n1sms cancel ORDER_ID
  Annule une commande qui n’a pas encore de code ; son prix est remboursé.</translation>
    </message>
    <message>
        <source>n1sms help [COMMAND]
  What n1sms does, or what COMMAND does.</source>
        <translation>n1sms help [COMMAND]
  Ce que fait n1sms, ou ce que fait COMMAND.</translation>
    </message>
    <message>
        <source>Usage: n1sms [--base-url URL] [--json] [--quiet] COMMAND [ARGUMENTS]

Buy temporary numbers and receive SMS codes from the command line.

Commands:
</source>
        <translation>Utilisation : n1sms [--base-url URL] [--json] [--quiet] COMMANDE [ARGUMENTS]

Achetez des numéros temporaires et recevez des codes SMS en ligne de commande.

Commandes :
</translation>
    </message>
    <message>
        <source>
Options for every command:
  --base-url URL  the N1SMS API (or N1SMS_BASE_URL); https, or http on this computer
  --json          one JSON document on standard output
  -q, --quiet     no progress messages
  -h, --help      this help, or a command&apos;s (n1sms buy --help)
  --version       the version

SERVICE is an id or a name (case and accents do not matter); COUNTRY is an id,
an ISO code (GH) or a name. Credentials: the session kept by &quot;n1sms login&quot; or
the desktop app, else N1SMS_EMAIL and N1SMS_PASSWORD.

Exit status: 0 done; 1 the server refused; 2 usage error or confirmation
refused; 3 network trouble or unknown outcome; 4 not signed in or session
ended; 5 gave up waiting for a code.
</source>
        <translation>
Options de toutes les commandes :
  --base-url URL  l’API N1SMS (ou N1SMS_BASE_URL) ; https, ou http sur cet ordinateur
  --json          un document JSON sur la sortie standard
  -q, --quiet     aucun message de progression
  -h, --help      cette aide, ou celle d’une commande (n1sms buy --help)
  --version       la version

SERVICE est un identifiant ou un nom (casse et accents indifférents) ; COUNTRY est
un identifiant, un code ISO (GH) ou un nom. Identifiants : la session gardée par
« n1sms login » ou l’application de bureau, sinon N1SMS_EMAIL et N1SMS_PASSWORD.

Code de sortie : 0 fait ; 1 refusé par le serveur ; 2 erreur d’utilisation ou
confirmation refusée ; 3 problème réseau ou issue inconnue ; 4 non connecté ou
session terminée ; 5 abandon de l’attente d’un code.
</translation>
    </message>
    <message>
        <source>Try &quot;n1sms --help&quot;.</source>
        <translation>Essayez « n1sms --help ».</translation>
    </message>
</context>
<context>
    <name>CountryPriceModel</name>
    <message>
        <source>Out of stock</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>No %1 numbers are on sale now.</source>
        <translation>Aucun numéro en vente pour le moment : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3), %n number(s) in stock</source>
        <translation>
            <numerusform>%1 : %2 (%3), %n numéro en stock</numerusform>
            <numerusform>%1 : %2 (%3), %n numéros en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Price (₵)</source>
        <translation>Prix (₵)</translation>
    </message>
    <message>
        <source>Price ($)</source>
        <translation>Prix ($)</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>More than your balance of %1.</source>
        <translation>Plus que votre solde de %1.</translation>
    </message>
    <message>
        <source>You have not bought a number here yet, or none has ended.</source>
        <translation>Vous n’avez pas encore acheté de numéro ici, ou aucun n’est terminé.</translation>
    </message>
    <message>
        <source>Of the %1 numbers you bought here, %2 brought their code.</source>
        <translation>Sur les %1 numéros achetés ici, %2 ont reçu leur code.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Column header: the user&apos;s own record (&quot;4 of 5&quot;) beside the server&apos;s success rate</extracomment>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>Decode</name>
    <message>
        <source>The server&apos;s sign-in answer was refused: its token is too long (%L1 kB) to be sent with every request.</source>
        <translation>La réponse de connexion du serveur a été refusée : son jeton est trop long (%L1 ko) pour accompagner chaque requête.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>N1SMS</source>
        <translation>N1SMS</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>No orders of this kind yet</source>
        <translation>Aucune commande de ce type pour l’instant</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Orders to show</source>
        <translation>Commandes à afficher</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Search these orders…</source>
        <translation>Chercher dans ces commandes…</translation>
    </message>
    <message>
        <source>Search these orders</source>
        <translation>Chercher dans ces commandes</translation>
    </message>
    <message>
        <source>Service, country, number, code or status</source>
        <translation>Service, pays, numéro, code ou état</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Sui&amp;vante</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>If you sign out, N1SMS stops watching them; they stay on your account, and one that expires without a code is refunded.</source>
        <translation>Si vous vous déconnectez, N1SMS cesse de les surveiller ; ils restent sur votre compte, et celui qui expire sans code est remboursé.</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Se déconnecter quand même</translation>
    </message>
    <message>
        <source>If you quit, nobody watches them: a code that arrives shows only the next time you open N1SMS, and one that expires without a code is refunded.</source>
        <translation>Si vous quittez, personne ne les surveille : un code qui arrive ne s’affichera qu’à la prochaine ouverture de N1SMS, et celui qui expire sans code est remboursé.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Numbers still waiting</source>
        <translation>Numéros encore en attente</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Sign in to N1SMS</source>
        <translation>Connexion à N1SMS</translation>
    </message>
    <message>
        <source>Buy a number, receive the code.</source>
        <translation>Achetez un numéro, recevez le code.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@exemple.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Fill in the &amp;demo account</source>
        <translation>Remplir avec le compte de &amp;démo</translation>
    </message>
    <message>
        <source>Fill in the demo account</source>
        <translation>Remplir avec le compte de démo</translation>
    </message>
    <message>
        <source>Enter the email address of your N1SMS account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte N1SMS.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Nothing here is real and no money is spent.&lt;br&gt;Email: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Password: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mode démo.&lt;/b&gt; Rien n’est réel ici et aucun argent n’est dépensé.&lt;br&gt;E-mail : &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Mot de passe : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet o&amp;rdinateur</translation>
    </message>
    <message>
        <source>Keeps you signed in between runs. The sign-in is kept in the system keychain, never in a file.</source>
        <translation>Vous reste connecté d’un lancement à l’autre. La connexion est gardée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Sho&amp;w password</source>
        <translation>Affic&amp;her le mot de passe</translation>
    </message>
    <message>
        <source>New here? Create an a&amp;ccount</source>
        <translation>Nouveau ? Créer un &amp;compte</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>This session ends when N1SMS closes: nothing is kept.</source>
        <translation>Cette session prend fin à la fermeture de N1SMS : rien n’est conservé.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About N1SMS</source>
        <translation>À &amp;propos de N1SMS</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>The app&apos;s version, the server&apos;s address and the last lines of its log, for support: nothing secret.</source>
        <translation>La version de l’application, l’adresse du serveur et les dernières lignes de son journal, pour l’assistance : rien de secret.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>N1SMS</source>
        <translation>N1SMS</translation>
    </message>
    <message>
        <source>%1 code for %2: %3</source>
        <translation>Code %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>&amp;Active orders</source>
        <translation>Commandes en &amp;cours</translation>
    </message>
    <message>
        <source>No code has arrived yet.</source>
        <translation>Aucun code n’est encore arrivé.</translation>
    </message>
    <message>
        <source>Copied the %1 code %2.</source>
        <translation>Code %1 copié : %2.</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Reconnecté.</translation>
    </message>
    <message>
        <source>N1SMS demo: nothing is real</source>
        <translation>Démo N1SMS : rien n’est réel</translation>
    </message>
    <message>
        <source>No web browser could be opened. Top up your account at %1</source>
        <translation>Aucun navigateur web n’a pu être ouvert. Rechargez votre compte sur %1</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Order book</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>&amp;Mes surveillances</translation>
    </message>
    <message>
        <source>Watching: %1.</source>
        <translation>Surveillance : %1.</translation>
    </message>
</context>
<context>
    <name>NoticeStack</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>The order book could not be opened: %1</source>
        <translation>Le journal des commandes n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>The order book %1 was written by a newer version of N1SMS Desktop; it is left as it is and not used in this run.</source>
        <translation>Le journal des commandes %1 a été écrit par une version plus récente de N1SMS Desktop ; il est laissé tel quel et n’est pas utilisé cette fois.</translation>
    </message>
    <message>
        <source>The order book could not be read. It was moved aside to %1 and a new one started; nothing in it was deleted.</source>
        <translation>Le journal des commandes était illisible. Il a été mis de côté sous %1 et un nouveau a été commencé ; rien n’en a été supprimé.</translation>
    </message>
</context>
<context>
    <name>OrderBookModel</name>
    <message>
        <source>%1 (no longer listed by the server)</source>
        <translation>%1 (plus listée par le serveur)</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write on it</source>
        <translation>Double-cliquez ou appuyez sur F2 pour écrire</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1 remboursé</translation>
    </message>
</context>
<context>
    <name>OrderBookPanel</name>
    <message>
        <source>Search labels, notes, numbers, services, countries…</source>
        <translation>Chercher étiquettes, notes, numéros, services, pays…</translation>
    </message>
    <message>
        <source>Search the order book</source>
        <translation>Chercher dans le journal des commandes</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>Chiffres par</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>Ch&amp;iffres</translation>
    </message>
    <message>
        <source>What you spent and how often a number brought its code, by month, service and country</source>
        <translation>Ce que vous avez dépensé et combien de numéros ont reçu leur code, par mois, service et pays</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the orders shown as CSV or JSON</source>
        <translation>Enregistrer les commandes affichées en CSV ou JSON</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Journal des commandes</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copier les détai&amp;ls</translation>
    </message>
    <message>
        <source>Copy everything support needs about this order (nothing secret)</source>
        <translation>Copier tout ce dont le support a besoin sur cette commande (rien de secret)</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Vos chiffres</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n number(s) bought, %1 spent.</source>
        <translation>
            <numerusform>En tout : %n numéro acheté, %1 dépensé.</numerusform>
            <numerusform>En tout : %n numéros achetés, %1 dépensés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n number(s) bought, %1 spent; %2 brought their code.</source>
        <translation>
            <numerusform>En tout : %n numéro acheté, %1 dépensé ; %2 ont reçu leur code.</numerusform>
            <numerusform>En tout : %n numéros achetés, %1 dépensés ; %2 ont reçu leur code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an order to copy its details or try it again.</source>
        <translation>Choisissez une commande pour copier ses détails ou la retenter.</translation>
    </message>
    <message>
        <source>Buy again and Try another country are for orders that ended without a code.</source>
        <translation>Racheter et Essayer un autre pays valent pour les commandes terminées sans code.</translation>
    </message>
    <message>
        <source>A purchase is under way.</source>
        <translation>Un achat est en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message numerus="yes">
        <source>Export %n order(s)</source>
        <translation>
            <numerusform>Exporter %n commande</numerusform>
            <numerusform>Exporter %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The cheapest country in stock</source>
        <translation>Le pays en stock le moins cher</translation>
    </message>
    <message>
        <source>The country that worked best for you</source>
        <translation>Le pays qui vous a le mieux réussi</translation>
    </message>
    <message>
        <source>The same service in the next country in stock: the cheapest, or (from the menu) the one where your numbers brought their code most often</source>
        <translation>Le même service dans le pays suivant en stock : le moins cher, ou (dans le menu) celui où vos numéros ont le plus souvent reçu leur code</translation>
    </message>
    <message>
        <source>The same service in the same country, asked first</source>
        <translation>Le même service dans le même pays, après confirmation</translation>
    </message>
    <message>
        <source>Try another count&amp;ry</source>
        <translation>Essayer un autre pa&amp;ys</translation>
    </message>
    <message>
        <source>Buy agai&amp;n</source>
        <translation>Rache&amp;ter</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>Waiting for SMS</source>
        <translation>En attente du SMS</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>Code reçu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Charged %1; the price confirmed was %2.</source>
        <translation>Débité %1 ; le prix confirmé était %2.</translation>
    </message>
    <message>
        <source>%1 · %2 refunded</source>
        <translation>%1 · %2 remboursé</translation>
    </message>
    <message>
        <source>code at %1</source>
        <translation>code à %1</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1 (et non %2)</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled.</source>
        <translation>Cette commande ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled: %1</source>
        <translation>Cette commande ne peut plus être annulée : %1</translation>
    </message>
    <message>
        <source>The server refused to cancel it: %1</source>
        <translation>Le serveur a refusé de l’annuler : %1</translation>
    </message>
    <message>
        <source>Cancel this order and get %1 back.</source>
        <translation>Annuler cette commande et récupérer %1.</translation>
    </message>
    <message>
        <source>Cancelling becomes possible in %1, until the SMS arrives.</source>
        <translation>L’annulation sera possible dans %1, jusqu’à l’arrivée du SMS.</translation>
    </message>
    <message>
        <source>Cancelling becomes possible two minutes after purchase, once the server allows it, until the SMS arrives.</source>
        <translation>L’annulation devient possible deux minutes après l’achat, dès que le serveur l’autorise, jusqu’à l’arrivée du SMS.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>OrderListWidget</name>
    <message>
        <source>Your orders</source>
        <translation>Vos commandes</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copier le &amp;numéro</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Copier le c&amp;ode</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Copied the code %1.</source>
        <translation>Code copié : %1.</translation>
    </message>
    <message>
        <source>Copied the number %1.</source>
        <translation>Numéro copié : %1.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cancel the %1 number %2? %3 goes back to your balance; the number cannot be used again.</source>
        <translation>Annuler le numéro %1 %2 ? %3 revient sur votre solde ; le numéro ne pourra plus servir.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Annu&amp;ler la commande</translation>
    </message>
    <message>
        <source>Buy aga&amp;in</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>The same service in the same country, asked first</source>
        <translation>Le même service dans le même pays, après confirmation</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>Could not refresh the orders: %1</source>
        <translation>Impossible d’actualiser les commandes : %1</translation>
    </message>
    <message>
        <source>Your waiting orders could not be checked twice in a row: %1 Next try at %2.</source>
        <translation>Vos commandes en attente n’ont pas pu être vérifiées deux fois de suite : %1 Prochain essai à %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation>Commande %1 annulée ; %2 remboursé.</translation>
    </message>
    <message>
        <source>The %1 number %2 expired without a code; %3 was refunded.</source>
        <translation>Le numéro %1 %2 a expiré sans code ; %3 a été remboursé.</translation>
    </message>
    <message>
        <source>The %1 number %2 was cancelled; %3 was refunded.</source>
        <translation>Le numéro %1 %2 a été annulé ; %3 a été remboursé.</translation>
    </message>
    <message>
        <source>The %1 number %2 is no longer waiting (%3).</source>
        <translation>Le numéro %1 %2 n’attend plus (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) still waiting for a code: %1.</source>
        <translation>
            <numerusform>%n numéro encore en attente d’un code : %1.</numerusform>
            <numerusform>%n numéros encore en attente d’un code : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n order(s) that could not be read (a number beyond reason, or a part missing); they are not shown. Check your orders on the N1SMS website before buying again.</source>
        <translation>
            <numerusform>Le serveur a envoyé %n commande illisible (un nombre déraisonnable, ou une partie manquante) ; elle n’est pas affichée. Vérifiez vos commandes sur le site de N1SMS avant d’acheter de nouveau.</numerusform>
            <numerusform>Le serveur a envoyé %n commandes illisibles (un nombre déraisonnable, ou une partie manquante) ; elles ne sont pas affichées. Vérifiez vos commandes sur le site de N1SMS avant d’acheter de nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceTableWidget</name>
    <message>
        <source>Choose a service to see its prices by country.</source>
        <translation>Choisissez un service pour voir ses prix par pays.</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtrer les pays…</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Filtrer les pays</translation>
    </message>
    <message>
        <source>Prices by country</source>
        <translation>Prix par pays</translation>
    </message>
    <message>
        <source>&amp;Buy number</source>
        <translation>Ach&amp;eter le numéro</translation>
    </message>
    <message>
        <source>Buy number</source>
        <translation>Acheter le numéro</translation>
    </message>
    <message>
        <source>%1 numbers by country</source>
        <translation>Numéros %1 par pays</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Achat…</translation>
    </message>
    <message>
        <source>&amp;Get the</source>
        <translation>O&amp;btenir le</translation>
    </message>
    <message>
        <source>Pricing option</source>
        <translation>Option de tarif</translation>
    </message>
    <message>
        <source>Which number the server picks for you in the chosen country</source>
        <translation>Le numéro que le serveur choisit pour vous dans le pays choisi</translation>
    </message>
    <message>
        <source>cheapest number</source>
        <translation>numéro le moins cher</translation>
    </message>
    <message>
        <source>best success rate</source>
        <translation>meilleur taux de réussite</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>Afficher tous les pays</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n country(s)</source>
        <translation>
            <numerusform>%1 sur %n pays</numerusform>
            <numerusform>%1 sur %n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message>
        <source>No country has numbers in stock.</source>
        <translation>Aucun pays n’a de numéros en stock.</translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Aucun pays ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>Recharger…</translation>
    </message>
    <message>
        <source>Opens the service&apos;s website, where deposits are made</source>
        <translation>Ouvre le site du service, où se font les dépôts</translation>
    </message>
    <message>
        <source>In stoc&amp;k only</source>
        <translation>En stock &amp;uniquement</translation>
    </message>
    <message>
        <source>Tells you when this country is in stock, or cheaper</source>
        <translation>Vous prévient quand ce pays est en stock, ou moins cher</translation>
    </message>
    <message>
        <source>Buys one number from the best countries within a price you set, trying the next when one fails</source>
        <translation>Achète un numéro dans les meilleurs pays sous un prix que vous fixez, en essayant le suivant si l&apos;un échoue</translation>
    </message>
    <message>
        <source>Watch…</source>
        <translation>Surveiller…</translation>
    </message>
    <message>
        <source>Buy best…</source>
        <translation>Acheter le meilleur…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Watch… and Buy best…</source>
        <translation>Surveiller… et Acheter le meilleur…</translation>
    </message>
</context>
<context>
    <name>PurchaseConfirmation</name>
    <message>
        <source>Buy a number</source>
        <translation>Acheter un numéro</translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 (%3) for %4?</source>
        <translation>Acheter un numéro %1 – %2 (%3) pour %4 ?</translation>
    </message>
    <message>
        <source>The server picks the cheapest number.</source>
        <translation>Le serveur choisit le numéro le moins cher.</translation>
    </message>
    <message>
        <source>Balance after purchase: %1</source>
        <translation>Solde après l’achat : %1</translation>
    </message>
    <message>
        <source>Buy for %1</source>
        <translation>Acheter pour %1</translation>
    </message>
    <message>
        <source>The server picks the number with the best success rate. It may cost more than the listed price; you will be told what it cost.</source>
        <translation>Le serveur choisit le numéro au meilleur taux de réussite. Il peut coûter plus que le prix affiché ; vous saurez ce qu’il a coûté.</translation>
    </message>
    <message>
        <source>Balance after purchase at the listed price: %1</source>
        <translation>Solde après l’achat au prix affiché : %1</translation>
    </message>
</context>
<context>
    <name>PurchaseController</name>
    <message>
        <source>Loading services…</source>
        <translation>Chargement des services…</translation>
    </message>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation>Impossible de charger les services : %1</translation>
    </message>
    <message>
        <source>Loading prices… page %1 of %2</source>
        <translation>Chargement des prix… page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(s). Double-click a country or press Enter to buy.</source>
        <translation>
            <numerusform>%n pays. Double-cliquez sur un pays ou appuyez sur Entrée pour acheter.</numerusform>
            <numerusform>%n pays. Double-cliquez sur un pays ou appuyez sur Entrée pour acheter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prices for %1 could not be loaded: %2</source>
        <translation>Impossible de charger les prix de %1 : %2</translation>
    </message>
    <message>
        <source>Prices as of %1; refreshing…</source>
        <translation>Prix de %1 ; actualisation…</translation>
    </message>
    <message>
        <source>Loading prices…</source>
        <translation>Chargement des prix…</translation>
    </message>
    <message>
        <source>No numbers are in stock for %1 right now.</source>
        <translation>Aucun numéro en stock pour %1 en ce moment.</translation>
    </message>
    <message>
        <source>Your balance (%1) is not enough for this number (%2). Top up your account first.</source>
        <translation>Votre solde (%1) ne suffit pas pour ce numéro (%2). Rechargez d’abord votre compte.</translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation>Achat d’un numéro %1 – %2…</translation>
    </message>
    <message>
        <source>Bought %1 for %2. Waiting for the SMS…</source>
        <translation>%1 acheté pour %2. En attente du SMS…</translation>
    </message>
    <message>
        <source>Your session ended before the number was bought: it was not bought and you were not charged. Sign in again, then buy it if you still want it.</source>
        <translation>Votre session a pris fin avant l’achat du numéro : il n’a pas été acheté et rien ne vous a été débité. Reconnectez-vous, puis achetez-le si vous le voulez toujours.</translation>
    </message>
    <message>
        <source>%1 Nothing was bought; you were not charged.</source>
        <translation>%1 Rien n’a été acheté ; rien ne vous a été débité.</translation>
    </message>
    <message>
        <source>No answer came to the purchase. Checking whether the purchase went through…</source>
        <translation>L’achat est resté sans réponse. Vérification en cours pour savoir s’il a abouti…</translation>
    </message>
    <message>
        <source>No order was made: a minute after the purchase, your orders show no new number. If one appears later, it will show here.</source>
        <translation>Aucune commande n’a été passée : une minute après l’achat, vos commandes ne montrent aucun nouveau numéro. S’il en apparaît un plus tard, il s’affichera ici.</translation>
    </message>
    <message>
        <source>The session ended while a number was being bought. Look in Active orders before buying it again.</source>
        <translation>La session a pris fin pendant l’achat d’un numéro. Regardez dans les commandes actives avant de le racheter.</translation>
    </message>
    <message>
        <source>Could not confirm whether the purchase went through (%1). Check your orders before buying again.</source>
        <translation>Impossible de confirmer si l’achat a abouti (%1). Vérifiez vos commandes avant d’acheter à nouveau.</translation>
    </message>
    <message>
        <source>%1 code for %2: %3</source>
        <translation>Code %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>Charged %1, not the %2 you confirmed.</source>
        <translation>Débité %1, et non les %2 que vous avez confirmés.</translation>
    </message>
    <message>
        <source>Charged %1, less than the %2 you confirmed.</source>
        <translation>Débité %1, moins que les %2 que vous avez confirmés.</translation>
    </message>
    <message>
        <source>The best-success-rate option costs more.</source>
        <translation>L’option meilleur taux de réussite coûte plus cher.</translation>
    </message>
    <message>
        <source>Bought %1 for %2. %3 Waiting for the SMS…</source>
        <translation>%1 acheté pour %2. %3 En attente du SMS…</translation>
    </message>
    <message>
        <source>The services could not be loaded.</source>
        <translation>Les services n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>The prices could not be loaded.</source>
        <translation>Les prix n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>Looking for a %1 number…</source>
        <translation>Recherche d’un numéro %1…</translation>
    </message>
    <message>
        <source>%1 numbers are no longer offered in that country.</source>
        <translation>Les numéros %1 ne sont plus proposés dans ce pays.</translation>
    </message>
    <message>
        <source>No other country has %1 numbers in stock right now.</source>
        <translation>Aucun autre pays n’a de numéros %1 en stock pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n price(s) for %1 that could not be read; those countries are not shown.</source>
        <translation>
            <numerusform>Le serveur a envoyé %n prix illisible pour %1 ; ce pays n’est pas affiché.</numerusform>
            <numerusform>Le serveur a envoyé %n prix illisibles pour %1 ; ces pays ne sont pas affichés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseRules</name>
    <message>
        <source>The server lists %1 at %2, which is not a real price, so this number cannot be bought. Refresh the prices or choose another country.</source>
        <translation>Le serveur indique %1 à %2, ce qui n’est pas un vrai prix : ce numéro ne peut donc pas être acheté. Actualisez les prix ou choisissez un autre pays.</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <source>Create your N1SMS account</source>
        <translation>Créez votre compte N1SMS</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@exemple.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>+233 24 123 4567</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Phone number with country code</source>
        <translation>Numéro de téléphone avec l’indicatif du pays</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirmez le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Referral code</source>
        <translation>Code de &amp;parrainage</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation>Code de parrainage (facultatif)</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>C&amp;réer le compte</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>J’ai déjà un compte : &amp;se connecter</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Sho&amp;w the password</source>
        <translation>Affic&amp;her le mot de passe</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Enter the password for &lt;b&gt;%2&lt;/b&gt; to carry on where you were.</source>
        <translation>%1&lt;br&gt;Saisissez le mot de passe de &lt;b&gt;%2&lt;/b&gt; pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>ServerFeatures</name>
    <message>
        <source>This server does not offer cancelling; an order without a code is refunded when its time runs out.</source>
        <translation>Ce serveur ne permet pas d’annuler ; une commande sans code est remboursée à l’expiration de son délai.</translation>
    </message>
    <message>
        <source>This server does not offer reading one order; orders are followed through the order list.</source>
        <translation>Ce serveur ne permet pas de lire une commande seule ; les commandes sont suivies par la liste des commandes.</translation>
    </message>
    <message>
        <source>This server does not offer signing out remotely: the session was forgotten on this computer and ends on the server when it expires.</source>
        <translation>Ce serveur ne permet pas de se déconnecter à distance : la session a été oubliée sur cet ordinateur et prend fin sur le serveur à son expiration.</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <source>%1 (service %2)</source>
        <translation>%1 (service %2)</translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation>%1, favori</translation>
    </message>
</context>
<context>
    <name>ServicePickerWidget</name>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation>Rechercher un service…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher un service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Popular services</source>
        <translation>Services populaires</translation>
    </message>
    <message>
        <source>Add the chosen service to your favourites (Ctrl+D)</source>
        <translation>Ajouter le service choisi à vos favoris (Ctrl+D)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Show the prices for %1</source>
        <translation>Afficher les prix de %1</translation>
    </message>
    <message>
        <source>Remove from your favourites (Ctrl+D)</source>
        <translation>Retirer de vos favoris (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add to your favourites (Ctrl+D)</source>
        <translation>Ajouter à vos favoris (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your account is created. Verify your phone number as the message from N1SMS asks, then sign in here.</source>
        <translation>Votre compte est créé. Vérifiez votre numéro de téléphone comme l’indique le message de N1SMS, puis connectez-vous ici.</translation>
    </message>
    <message>
        <source>Your account is created. You can sign in now.</source>
        <translation>Votre compte est créé. Vous pouvez vous connecter.</translation>
    </message>
    <message>
        <source>You will stay signed in only until N1SMS closes: %1</source>
        <translation>Vous ne resterez connecté que jusqu’à la fermeture de N1SMS : %1</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Votre session a pris fin.</translation>
    </message>
    <message>
        <source>Your balance could not be loaded: %1</source>
        <translation>Impossible de charger votre solde : %1</translation>
    </message>
    <message>
        <source>Now using %1. Sign in to your account there.</source>
        <translation>Serveur utilisé : %1. Connectez-vous à votre compte sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Use the N1SMS production server</source>
        <translation>Utiliser le serveur de production N1SMS</translation>
    </message>
    <message>
        <source>Use the default server</source>
        <translation>Utiliser le serveur par défaut</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a code arrives</source>
        <translation>Afficher une &amp;notification à l’arrivée d’un code</translation>
    </message>
    <message>
        <source>Clear the clipboard</source>
        <translation>Vider le presse-papiers</translation>
    </message>
    <message>
        <source>Numbers and codes copied by N1SMS are removed from the clipboard after this time, unless something else has been copied since.</source>
        <translation>Les numéros et codes copiés par N1SMS sont retirés du presse-papiers après ce délai, sauf si autre chose a été copié entre-temps.</translation>
    </message>
    <message>
        <source>Check waiting orders &amp;every</source>
        <translation>Vérifier les commandes en attente &amp;toutes les</translation>
    </message>
    <message>
        <source>Check waiting orders every</source>
        <translation>Vérifier les commandes en attente toutes les</translation>
    </message>
    <message>
        <source>Less often when the window is hidden. The server allows 60 requests a minute.</source>
        <translation>Moins souvent quand la fenêtre est masquée. Le serveur accepte 60 requêtes par minute.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celles du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claires</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombres</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s)</source>
        <translation>
            <numerusform>Après %n seconde</numerusform>
            <numerusform>Après %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Après %n minute</numerusform>
            <numerusform>Après %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Changing the server signs you out.</source>
        <translation>Changer de serveur vous déconnecte.</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (plain http:// only for this computer), such as %1.</source>
        <translation>Saisissez une adresse qui commence par https:// (http:// simple uniquement pour cet ordinateur), par exemple %1.</translation>
    </message>
    <message>
        <source>Cop&amp;y the number when a purchase succeeds</source>
        <translation>Co&amp;pier le numéro après un achat réussi</translation>
    </message>
    <message>
        <source>Clea&amp;r the clipboard</source>
        <translation>&amp;Vider le presse-papiers</translation>
    </message>
    <message>
        <source>Watches look at prices e&amp;very</source>
        <translation>Surveillances : regarder les pri&amp;x toutes les</translation>
    </message>
    <message>
        <source>Watches look at prices every</source>
        <translation>Les surveillances regardent les prix toutes les</translation>
    </message>
    <message>
        <source>One price list per watched service each time, whatever the number of watches.</source>
        <translation>Une liste de prix par service surveillé à chaque fois, quel que soit le nombre de surveillances.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>N1SMS: no order is waiting</source>
        <translation>N1SMS : aucune commande en attente</translation>
    </message>
    <message>
        <source>%1 code for %2: %3. Click to copy it.</source>
        <translation>Code %1 pour %2 : %3. Cliquez pour le copier.</translation>
    </message>
    <message>
        <source>Your %1 code: %2</source>
        <translation>Votre code %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>N1SMS: %n order(s) waiting for an SMS</source>
        <translation>
            <numerusform>N1SMS : %n commande en attente d’un SMS</numerusform>
            <numerusform>N1SMS : %n commandes en attente d’un SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show N1SMS</source>
        <translation>&amp;Afficher N1SMS</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>The server asked the app to wait.</source>
        <translation>Le serveur a demandé à l&apos;application d&apos;attendre.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Change the watch</source>
        <translation>Modifier la surveillance</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Surveiller %1</translation>
    </message>
    <message>
        <source>Tell me when a %1 number…</source>
        <translation>Prévenez-moi quand un numéro %1…</translation>
    </message>
    <message>
        <source>in %1 is in stock</source>
        <translation>en/au %1 est en stock</translation>
    </message>
    <message>
        <source>in %1 costs at most</source>
        <translation>en/au %1 coûte au plus</translation>
    </message>
    <message>
        <source>Highest price in %1, in cedi</source>
        <translation>Prix maximal en/au %1, en cedi</translation>
    </message>
    <message>
        <source>in any country costs at most</source>
        <translation>dans n&apos;importe quel pays coûte au plus</translation>
    </message>
    <message>
        <source>Highest price in any country, in cedi</source>
        <translation>Prix maximal dans n&apos;importe quel pays, en cedi</translation>
    </message>
    <message>
        <source>with a success rate of at least</source>
        <translation>avec un taux de réussite d&apos;au moins</translation>
    </message>
    <message>
        <source>Lowest success rate, in percent</source>
        <translation>Taux de réussite minimal, en pour cent</translation>
    </message>
    <message>
        <source>When it happens, ask me to buy it (the usual confirmation)</source>
        <translation>À ce moment, me proposer de l&apos;acheter (la confirmation habituelle)</translation>
    </message>
    <message>
        <source>While you are signed in, the app looks at the prices now and then (Settings says how often) and a notification says when. Nothing is bought without your yes.</source>
        <translation>Tant que vous êtes connecté, l&apos;application regarde les prix de temps en temps (les Paramètres disent à quelle fréquence) et une notification vous prévient. Rien n&apos;est acheté sans votre accord.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Type a price in cedi, such as 4.50.</source>
        <translation>Saisissez un prix en cedi, comme 4.50.</translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at least %1 % success</source>
        <translation>au moins %1 % de réussite</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>n&apos;importe quel pays</translation>
    </message>
    <message>
        <source>%1 in %2, when in stock</source>
        <translation>%1 en/au %2, dès qu&apos;il y a du stock</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 en/au %2, %3</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>N&apos;importe quel pays</translation>
    </message>
    <message>
        <source>Notify and ask to buy</source>
        <translation>Prévenir et proposer l&apos;achat</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Prévenir</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Met: %1 at %2</source>
        <translation>Atteint : %1 à %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernier regard</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>WatchesPanel</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Show &amp;prices</source>
        <translation>Voir les &amp;prix</translation>
    </message>
    <message>
        <source>No watch yet. Choose a service and a country, then Watch… to be told when it is in stock or costs less.</source>
        <translation>Aucune surveillance pour l&apos;instant. Choisissez un service et un pays, puis Surveiller… pour être prévenu quand il est en stock ou moins cher.</translation>
    </message>
    <message>
        <source>Paused until %1: %2</source>
        <translation>En pause jusqu&apos;à %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The prices are looked at every %n second(s) while you are signed in.</source>
        <translation>
            <numerusform>Les prix sont regardés toutes les %n seconde tant que vous êtes connecté.</numerusform>
            <numerusform>Les prix sont regardés toutes les %n secondes tant que vous êtes connecté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Buy temporary numbers and receive SMS codes.</source>
        <translation>Achetez des numéros temporaires et recevez des codes SMS.</translation>
    </message>
    <message>
        <source>Run against a built-in sandbox server with a demo account.</source>
        <translation>Utiliser un serveur bac à sable intégré avec un compte de démo.</translation>
    </message>
    <message>
        <source>The N1SMS API to use.</source>
        <translation>L’API N1SMS à utiliser.</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation>L’adresse du serveur doit être une URL https:// (http:// simple uniquement pour cet ordinateur) : %1</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running but does not answer. Wait a moment and try again, or end the running one first.</source>
        <translation>N1SMS Desktop est déjà ouvert mais ne répond pas. Patientez un instant et réessayez, ou fermez d’abord celui qui est ouvert.</translation>
    </message>
</context>
</TS>
