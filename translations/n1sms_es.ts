<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutBox</name>
    <message>
        <source>About N1SMS</source>
        <translation>Acerca de N1SMS</translation>
    </message>
    <message>
        <source>&lt;h3&gt;N1SMS Desktop %1&lt;/h3&gt;&lt;p&gt;Temporary phone numbers and their SMS codes, for the &lt;a href=&quot;https://n1sms.com&quot;&gt;N1SMS&lt;/a&gt; service.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;N1SMS Desktop %1&lt;/h3&gt;&lt;p&gt;Números de teléfono temporales y sus códigos SMS, para el servicio &lt;a href=&quot;https://n1sms.com&quot;&gt;N1SMS&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;N1SMS Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses Qt %1, under the GNU Lesser General Public License version 3, and QtKeychain, under the BSD 3-clause licence. Its flags are drawn from the Noto Color Emoji font, under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;N1SMS Desktop es software libre con licencia MIT.&lt;/p&gt;&lt;p&gt;Usa Qt %1, con licencia GNU Lesser General Public License versión 3, y QtKeychain, con licencia BSD de 3 cláusulas. Sus banderas se dibujan a partir de la fuente Noto Color Emoji, con licencia SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Orders: %L1 · active: %L2 · spent: %3</source>
        <translation>Pedidos: %L1 · activos: %L2 · gastado: %3</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Unos %1</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>&amp;Recargar…</translation>
    </message>
    <message>
        <source>Opens the service&apos;s website, where deposits are made</source>
        <translation>Abre el sitio web del servicio, donde se hacen los depósitos</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>No se puede contactar con el servidor. Comprueba tu conexión a Internet.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>El servidor tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed; its certificate is not trusted.</source>
        <translation>La conexión segura con el servidor falló: su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>La dirección del servidor debe empezar por https:// (http simple solo se permite para este equipo).</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Tu sesión ha terminado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Some of the details are not valid.</source>
        <translation>Algunos datos no son válidos.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>El servidor no encontró lo que se pedía.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation>Demasiadas solicitudes. Espera un momento.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>El servidor está ocupado. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>El servidor tuvo un error interno.</translation>
    </message>
    <message>
        <source>This server does not support that action.</source>
        <translation>Este servidor no admite esa acción.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect.</source>
        <translation>El servidor respondió con una redirección inesperada.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>La respuesta del servidor era demasiado grande.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Please wait %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes. Espera %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes. Espera %n segundos.</numerusform>
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
        <translation>La demostración usa su servidor integrado.</translation>
    </message>
    <message>
        <source>Set for this run by --base-url on the command line.</source>
        <translation>Fijado para esta ejecución con --base-url en la línea de órdenes.</translation>
    </message>
    <message>
        <source>Copied the code %1.</source>
        <translation>Código copiado: %1.</translation>
    </message>
    <message>
        <source>Cleared the clipboard.</source>
        <translation>Portapapeles vaciado.</translation>
    </message>
    <message>
        <source>Copied the number %1: paste it into %2&apos;s sign-up form.</source>
        <translation>Número copiado: %1. Pégalo en el formulario de registro de %2.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard clears in %n second(s).</source>
        <translation>
            <numerusform>El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation>No se pudo iniciar el servidor de demostración.</translation>
    </message>
    <message>
        <source>%1 order ended</source>
        <translation>Pedido de %1 terminado</translation>
    </message>
    <message>
        <source>%1 number bought at another price</source>
        <translation>Número de %1 comprado a otro precio</translation>
    </message>
    <message>
        <source>N1SMS keeps watching</source>
        <translation>N1SMS sigue vigilando</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) still waiting: the code will show here when it comes.</source>
        <translation>
            <numerusform>%n pedido aún en espera: el código se mostrará aquí cuando llegue.</numerusform>
            <numerusform>%n pedidos aún en espera: el código se mostrará aquí cuando llegue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the diagnostics: the app&apos;s version, the server&apos;s address and the last lines of its log. Nothing secret is in them.</source>
        <translation>Diagnóstico copiado: la versión de la aplicación, la dirección del servidor y las últimas líneas de su registro. No contiene nada secreto.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running with your account; its window is in front. Quit it first to run the demo.</source>
        <translation>N1SMS Desktop ya está abierto con su cuenta; su ventana está al frente. Ciérrelo primero para usar la demostración.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running the demo; its window is in front. Quit it first to use your account.</source>
        <translation>N1SMS Desktop ya está abierto en modo de demostración; su ventana está al frente. Ciérrelo primero para usar su cuenta.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running on %1; its window is in front. Quit it first to use %2.</source>
        <translation>N1SMS Desktop ya está abierto en %1; su ventana está al frente. Ciérrelo primero para usar %2.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>What you watched for is here. The confirmation to buy it is open.</source>
        <translation>Lo que vigilaba ya está aquí. La confirmación de compra está abierta.</translation>
    </message>
    <message numerus="yes">
        <source>What you watched for is here: %n number(s) in stock. Click to see it.</source>
        <translation>
            <numerusform>Lo que vigilaba ya está aquí: %n número disponible. Haga clic para verlo.</numerusform>
            <numerusform>Lo que vigilaba ya está aquí: %n números disponibles. Haga clic para verlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>No secure storage is set up for this app.</source>
        <translation>No hay almacenamiento seguro configurado para esta aplicación.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this system.</source>
        <translation>No hay ningún llavero (Secret Service) disponible en este sistema.</translation>
    </message>
    <message>
        <source>The keychain refused to store the sign-in.</source>
        <translation>El llavero se negó a guardar el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Order: %1 (%2)</source>
        <translation>Pedido: %1 (%2)</translation>
    </message>
    <message>
        <source>no order code</source>
        <translation>sin código de pedido</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>Service: %1 (id %2)</source>
        <translation>Servicio: %1 (id %2)</translation>
    </message>
    <message>
        <source>Country: %1 (%2, id %3)</source>
        <translation>País: %1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Bought: %1</source>
        <translation>Comprado: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Caduca: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Status: %1 (the server says &quot;%2&quot;)</source>
        <translation>Estado: %1 (el servidor dice «%2»)</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>No longer listed by the server since %1</source>
        <translation>El servidor ya no lo lista desde %1</translation>
    </message>
    <message>
        <source>Another try after order %1</source>
        <translation>Otro intento tras el pedido %1</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historial de estados:</translation>
    </message>
    <message>
        <source>Last message from the server: %1</source>
        <translation>Último mensaje del servidor: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Copied the details of order %1 for support.</source>
        <translation>Detalles del pedido %1 copiados para soporte.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>%n pedido exportado a %1.</numerusform>
            <numerusform>%n pedidos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders could not be exported to %1: %2</source>
        <translation>No se pudieron exportar los pedidos a %1: %2</translation>
    </message>
</context>
<context>
    <name>BookStatsModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>How many of the numbers the user bought brought their code: &quot;4 of 5&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Numbers bought</source>
        <translation>Números comprados</translation>
    </message>
    <message>
        <source>Got a code</source>
        <translation>Con código</translation>
    </message>
    <message>
        <source>Your success</source>
        <translation>Su éxito</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
</context>
<context>
    <name>BuyBestController</name>
    <message>
        <source>The plan stopped: the prices could not be loaded (%1). Nothing more was bought.</source>
        <translation>El plan se detuvo: no se pudieron cargar los precios (%1). No se compró nada más.</translation>
    </message>
    <message>
        <source>The plan was stopped. The number bought is kept.</source>
        <translation>El plan se detuvo. El número comprado se conserva.</translation>
    </message>
    <message>
        <source>The plan was stopped. Nothing was bought.</source>
        <translation>El plan se detuvo. No se compró nada.</translation>
    </message>
    <message>
        <source>No country of the plan had a %1 number to sell within %2. Nothing was bought.</source>
        <translation>Ningún país del plan tenía un número de %1 a la venta por %2 o menos. No se compró nada.</translation>
    </message>
    <message>
        <source>%1 has no numbers in stock now.</source>
        <translation>%1 ya no tiene números disponibles.</translation>
    </message>
    <message>
        <source>%1 now costs %2, above your %3.</source>
        <translation>%1 cuesta ahora %2, más que sus %3.</translation>
    </message>
    <message>
        <source>It was charged %1, above your %2: the price changed as it was bought.</source>
        <translation>Se cobró %1, más que sus %2: el precio cambió durante la compra.</translation>
    </message>
    <message>
        <source>Bought %1 in %2 for %3.</source>
        <translation>Comprado %1 en %2 por %3.</translation>
    </message>
    <message>
        <source>The plan stopped: your balance is too low for a number in %1. Top up, then try again.</source>
        <translation>El plan se detuvo: su saldo es demasiado bajo para un número en %1. Recargue y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The plan stopped at %1: %2 Nothing more was bought.</source>
        <translation>El plan se detuvo en %1: %2 No se compró nada más.</translation>
    </message>
    <message>
        <source>No answer came from %1, and your orders show nothing was bought there.</source>
        <translation>No llegó respuesta de %1, y sus pedidos muestran que no se compró nada allí.</translation>
    </message>
    <message>
        <source>The plan stopped: whether a number was bought in %1 could not be learned (%2). Check your orders before buying again.</source>
        <translation>El plan se detuvo: no se pudo saber si se compró un número en %1 (%2). Revise sus pedidos antes de volver a comprar.</translation>
    </message>
    <message>
        <source>The plan stopped: the session ended. Look in Active orders before buying again.</source>
        <translation>El plan se detuvo: la sesión terminó. Mire los pedidos activos antes de volver a comprar.</translation>
    </message>
    <message>
        <source>Bought %1 in %2 for %3; its code came: %4.</source>
        <translation>Comprado %1 en %2 por %3; llegó su código: %4.</translation>
    </message>
    <message>
        <source>The number in %1 ended without a code (refunded).</source>
        <translation>El número en %1 terminó sin código (reembolsado).</translation>
    </message>
</context>
<context>
    <name>BuyBestDialog</name>
    <message>
        <source>the lowest price</source>
        <translation>el precio más bajo</translation>
    </message>
    <message>
        <source>the server&apos;s success rate</source>
        <translation>la tasa de éxito del servidor</translation>
    </message>
    <message>
        <source>your own record there</source>
        <translation>su propio historial allí</translation>
    </message>
    <message>
        <source>Buy the best %1 number</source>
        <translation>Comprar el mejor número de %1</translation>
    </message>
    <message>
        <source>Pay at &amp;most (₵):</source>
        <translation>Pagar como &amp;máximo (₵):</translation>
    </message>
    <message>
        <source>First by</source>
        <translation>Primero por</translation>
    </message>
    <message>
        <source>Then by</source>
        <translation>Luego por</translation>
    </message>
    <message>
        <source>Then by, last</source>
        <translation>Luego por, al final</translation>
    </message>
    <message>
        <source>then</source>
        <translation>luego</translation>
    </message>
    <message>
        <source>Rank &amp;first by:</source>
        <translation>Ordenar &amp;primero por:</translation>
    </message>
    <message>
        <source>&amp;Countries to try:</source>
        <translation>&amp;Países a probar:</translation>
    </message>
    <message>
        <source>If the number expires without its code, buy in the next country (each number that expires is refunded)</source>
        <translation>Si el número caduca sin su código, comprar en el país siguiente (cada número que caduca se reembolsa)</translation>
    </message>
    <message>
        <source>The countries to try, in order</source>
        <translation>Los países a probar, en orden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Stop the plan</source>
        <translation>&amp;Detener el plan</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>%1 % success</source>
        <translation>%1 % de éxito</translation>
    </message>
    <message>
        <source>yours: %1 %</source>
        <translation>el suyo: %1 %</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Type the most you will pay for the number, in cedi.</source>
        <translation>Escriba lo máximo que pagará por el número, en cedi.</translation>
    </message>
    <message>
        <source>No country has a %1 number in stock at %2 or less.</source>
        <translation>Ningún país tiene un número de %1 disponible por %2 o menos.</translation>
    </message>
    <message>
        <source>Up to 1 number, at most %1, trying %2 in that order.</source>
        <translation>Hasta 1 número, como máximo %1, probando %2 en ese orden.</translation>
    </message>
    <message>
        <source>If a number expires without its code, it is refunded and the next country is tried: at most %1 is spent at a time.</source>
        <translation>Si un número caduca sin su código, se reembolsa y se prueba el país siguiente: como máximo se gastan %1 a la vez.</translation>
    </message>
    <message>
        <source>At most %1 is spent.</source>
        <translation>Como máximo se gastan %1.</translation>
    </message>
    <message>
        <source>&amp;Buy best</source>
        <translation>&amp;Comprar el mejor</translation>
    </message>
    <message>
        <source>trying now</source>
        <translation>probando ahora</translation>
    </message>
    <message>
        <source>Trying %1 (%2 of %3)…</source>
        <translation>Probando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>bought %1 for %2</source>
        <translation>comprado %1 por %2</translation>
    </message>
    <message>
        <source>Bought %1. Waiting for its code…</source>
        <translation>Comprado %1. Esperando su código…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation>La dirección del servidor debe ser una URL https:// (http:// simple solo para este equipo): %1</translation>
    </message>
    <message>
        <source>The session ended. Sign in again (n1sms login), then run this again.</source>
        <translation>La sesión terminó. Vuelva a iniciar sesión (n1sms login) y ejecute esto de nuevo.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>Signing in as %1 (the session kept in the keychain)…</source>
        <translation>Iniciando sesión como %1 (la sesión guardada en el llavero)…</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>No se pudo iniciar sesión:</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;n1sms login&quot;, or set N1SMS_EMAIL and N1SMS_PASSWORD.</source>
        <translation>Sin sesión. Ejecute «n1sms login» o defina N1SMS_EMAIL y N1SMS_PASSWORD.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2</source>
        <translation>No se pudo iniciar sesión como %1: %2</translation>
    </message>
    <message>
        <source>Which account? Give --email, or set N1SMS_EMAIL.</source>
        <translation>¿Qué cuenta? Indique --email o defina N1SMS_EMAIL.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: use --password-stdin (or N1SMS_PASSWORD).</source>
        <translation>No hay terminal donde pedir la contraseña: use --password-stdin (o N1SMS_PASSWORD).</translation>
    </message>
    <message>
        <source>An email and a password are needed to sign in.</source>
        <translation>Se necesitan un correo y una contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>Signed in as %1. The session is kept in the system keychain.</source>
        <translation>Sesión iniciada como %1. La sesión se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be kept: %1 Nothing was stored.</source>
        <translation>Sesión iniciada, pero no se pudo guardar: %1 No se guardó nada.</translation>
    </message>
    <message>
        <source>Signed out: %1&apos;s session is forgotten.</source>
        <translation>Sesión cerrada: la sesión de %1 se ha olvidado.</translation>
    </message>
    <message>
        <source>No session is kept for %1.</source>
        <translation>No hay ninguna sesión guardada para %1.</translation>
    </message>
    <message>
        <source>Could not sign out:</source>
        <translation>No se pudo cerrar la sesión:</translation>
    </message>
    <message>
        <source>Could not load the services:</source>
        <translation>No se pudieron cargar los servicios:</translation>
    </message>
    <message>
        <source>Could not load the prices:</source>
        <translation>No se pudieron cargar los precios:</translation>
    </message>
    <message>
        <source>No service has the id %1. n1sms services lists them.</source>
        <translation>Ningún servicio tiene el id %1. n1sms services los enumera.</translation>
    </message>
    <message>
        <source>No service is called &quot;%1&quot;. n1sms services lists them.</source>
        <translation>Ningún servicio se llama «%1». n1sms services los enumera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2. Say which, by its name or id.</source>
        <translation>«%1» puede ser %2. Indique cuál, por su nombre o id.</translation>
    </message>
    <message>
        <source>No country &quot;%1&quot; in this service&apos;s price list. n1sms prices lists them.</source>
        <translation>No hay ningún país «%1» en la lista de precios de este servicio. n1sms prices los enumera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2. Say which, by its name, ISO code or id.</source>
        <translation>«%1» puede ser %2. Indique cuál, por su nombre, código ISO o id.</translation>
    </message>
    <message>
        <source>Balance: %1 (%2)</source>
        <translation>Saldo: %1 (%2)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Could not load the balance:</source>
        <translation>No se pudo cargar el saldo:</translation>
    </message>
    <message>
        <source>No service matches &quot;%1&quot;.</source>
        <translation>Ningún servicio coincide con «%1».</translation>
    </message>
    <message>
        <source>popular</source>
        <translation>popular</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRECIO</translation>
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
        <translation>ÉXITO</translation>
    </message>
    <message>
        <source>No country to show.</source>
        <translation>Ningún país que mostrar.</translation>
    </message>
    <message>
        <source>%1 numbers in %2 are out of stock. Nothing was bought.</source>
        <translation>No quedan números de %1 en %2. No se compró nada.</translation>
    </message>
    <message>
        <source>--max-price takes an amount in cedi, such as 5.00, not &quot;%1&quot;.</source>
        <translation>--max-price espera un importe en cedi, como 5.00, no «%1».</translation>
    </message>
    <message>
        <source>%1 in %2 costs %3, above your --max-price of %4. Nothing was bought.</source>
        <translation>%1 en %2 cuesta %3, más que su --max-price de %4. No se compró nada.</translation>
    </message>
    <message>
        <source>Not bought: nothing confirmed it. Add --yes, or run n1sms on a terminal to be asked.</source>
        <translation>No comprado: nada lo confirmó. Añada --yes o ejecute n1sms en una terminal para que se lo pregunte.</translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 for %3? [y/N]</source>
        <translation>¿Comprar un número de %1 en %2 por %3? [s/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Not bought.</source>
        <translation>No comprado.</translation>
    </message>
    <message>
        <source>Charged %1, not the %2 listed.</source>
        <translation>Se cobró %1, no los %2 indicados.</translation>
    </message>
    <message>
        <source>Not bought (nothing was charged):</source>
        <translation>No comprado (no se cobró nada):</translation>
    </message>
    <message>
        <source>Not bought:</source>
        <translation>No comprado:</translation>
    </message>
    <message>
        <source>No answer came to the purchase (%1). Checking your orders to learn whether it went through; it is not sent again…</source>
        <translation>No llegó respuesta a la compra (%1). Comprobando sus pedidos para saber si se realizó; no se vuelve a enviar…</translation>
    </message>
    <message>
        <source>No number was bought: for a minute your orders showed no new one. If one appears later, n1sms orders will show it.</source>
        <translation>No se compró ningún número: durante un minuto sus pedidos no mostraron ninguno nuevo. Si aparece uno más tarde, n1sms orders lo mostrará.</translation>
    </message>
    <message>
        <source>Could not learn whether the number was bought (%1). Check with &quot;n1sms orders&quot; before buying again.</source>
        <translation>No se pudo saber si el número se compró (%1). Compruébelo con «n1sms orders» antes de volver a comprar.</translation>
    </message>
    <message>
        <source>The session ended while the number was being bought. Check with &quot;n1sms orders&quot; before buying again.</source>
        <translation>La sesión terminó mientras se compraba el número. Compruébelo con «n1sms orders» antes de volver a comprar.</translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation>Comprando un número de %1 en %2…</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Order %1 ended without a code (%2); its price is refunded.</source>
        <translation>El pedido %1 terminó sin código (%2); se reembolsa su precio.</translation>
    </message>
    <message>
        <source>Order %1 ended without a code (%2).</source>
        <translation>El pedido %1 terminó sin código (%2).</translation>
    </message>
    <message>
        <source>Could not check the orders (%1); trying again at %2.</source>
        <translation>No se pudieron comprobar los pedidos (%1); se vuelve a intentar a las %2.</translation>
    </message>
    <message>
        <source>No code came for order %1 within %2 s. It may still come: n1sms wait %1 waits again.</source>
        <translation>No llegó ningún código para el pedido %1 en %2 s. Aún puede llegar: n1sms wait %1 vuelve a esperar.</translation>
    </message>
    <message>
        <source>Waiting for the SMS code…</source>
        <translation>Esperando el código SMS…</translation>
    </message>
    <message>
        <source>No order %1 among your %2 most recent orders.</source>
        <translation>No hay ningún pedido %1 entre sus %2 pedidos más recientes.</translation>
    </message>
    <message>
        <source>Waiting for the SMS code of order %1…</source>
        <translation>Esperando el código SMS del pedido %1…</translation>
    </message>
    <message>
        <source>Could not load your orders:</source>
        <translation>No se pudieron cargar sus pedidos:</translation>
    </message>
    <message>
        <source>Page %1 of %2.</source>
        <translation>Página %1 de %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 is refunded.</source>
        <translation>Pedido %1 cancelado; se reembolsan %2.</translation>
    </message>
    <message>
        <source>This server does not offer cancelling; an order without a code is refunded when its time runs out.</source>
        <translation>Este servidor no permite cancelar; un pedido sin código se reembolsa cuando se agota su tiempo.</translation>
    </message>
    <message>
        <source>Order %1 was not cancelled:</source>
        <translation>El pedido %1 no se canceló:</translation>
    </message>
    <message>
        <source>No orders to show.</source>
        <translation>Ningún pedido que mostrar.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COSTE</translation>
    </message>
    <message>
        <source>BOUGHT</source>
        <translation>COMPRADO</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A password is never taken on the command line, where other users and the shell&apos;s history could see it: use --password-stdin, or the N1SMS_PASSWORD variable.</source>
        <translation>Nunca se acepta una contraseña en la línea de órdenes, donde otros usuarios y el historial del shell podrían verla: use --password-stdin o la variable N1SMS_PASSWORD.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--wait espera un número de segundos, no «%1».</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 no admite valor.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opción desconocida: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 no admite --%2.</translation>
    </message>
    <message>
        <source>%1: an argument is missing.</source>
        <translation>%1: falta un argumento.</translation>
    </message>
    <message>
        <source>%1: too many arguments (%2).</source>
        <translation>%1: demasiados argumentos (%2).</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 admite uno de: %2.</translation>
    </message>
    <message>
        <source>--max-price cannot be kept with --pricing best: the server may charge more than the listed price for it.</source>
        <translation>--max-price no se puede garantizar con --pricing best: el servidor puede cobrar más que el precio indicado.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number above zero.</source>
        <translation>--%1 espera un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>%1 takes an order&apos;s number, such as 5008.</source>
        <translation>%1 espera el número de un pedido, como 5008.</translation>
    </message>
    <message>
        <source>n1sms login [--email EMAIL] [--password-stdin]
  Signs in and keeps the session in the system keychain, shared with the
  desktop app&apos;s &quot;Remember me&quot; for the same server. The password is asked
  for without echo on a terminal, or read from standard input.</source>
        <translation>n1sms login [--email EMAIL] [--password-stdin]
  Inicia sesión y guarda la sesión en el llavero del sistema, compartida con
  «Recordarme» de la aplicación de escritorio para el mismo servidor. La
  contraseña se pide sin eco en una terminal o se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>n1sms logout
  Signs out on the server and forgets the session kept in the keychain.</source>
        <translation>n1sms logout
  Cierra la sesión en el servidor y olvida la sesión guardada en el llavero.</translation>
    </message>
    <message>
        <source>n1sms balance
  The account&apos;s balance, in cedi and in dollars.</source>
        <translation>n1sms balance
  El saldo de la cuenta, en cedi y en dólares.</translation>
    </message>
    <message>
        <source>n1sms services [SEARCH]
  The services numbers are sold for, or those whose name contains SEARCH.</source>
        <translation>n1sms services [SEARCH]
  Los servicios para los que se venden números, o los que contienen SEARCH
  en su nombre.</translation>
    </message>
    <message>
        <source>n1sms prices SERVICE [--country COUNTRY] [--in-stock]
             [--sort price|success|stock]
  The price, stock and success rate of SERVICE in each country.</source>
        <translation>n1sms prices SERVICE [--country COUNTRY] [--in-stock]
             [--sort price|success|stock]
  El precio, el stock y la tasa de éxito de SERVICE en cada país.</translation>
    </message>
    <message>
        <source>n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]
          [--yes] [--wait [SECONDS]]
  Buys one number, after a confirmation (--yes: none). Refused, with
  nothing sent, when the listed price is above --max-price. With --wait,
  waits for the SMS code (at most SECONDS) and prints it.</source>
        <translation>n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]
          [--yes] [--wait [SECONDS]]
  Compra un número, tras una confirmación (--yes: ninguna). Se rechaza, sin
  enviar nada, si el precio indicado supera --max-price. Con --wait, espera
  el código SMS (como mucho SECONDS) y lo muestra.</translation>
    </message>
    <message>
        <source>n1sms orders [--status active|completed|cancelled|expired|all] [--page N]
  Your orders: the active ones, or a page of the past ones.</source>
        <translation>n1sms orders [--status active|completed|cancelled|expired|all] [--page N]
  Sus pedidos: los activos, o una página de los anteriores.</translation>
    </message>
    <message>
        <source>n1sms wait ORDER_ID [--timeout SECONDS]
  Waits for the SMS code of an order and prints it.</source>
        <translation>n1sms wait ORDER_ID [--timeout SECONDS]
  Espera el código SMS de un pedido y lo muestra.</translation>
    </message>
    <message>
        <source>n1sms cancel ORDER_ID
  Cancels an order that has no code yet; its price is refunded.</source>
        <translation>n1sms cancel ORDER_ID
  Cancela un pedido que aún no tiene código; se reembolsa su precio.</translation>
    </message>
    <message>
        <source>n1sms help [COMMAND]
  What n1sms does, or what COMMAND does.</source>
        <translation>n1sms help [COMMAND]
  Lo que hace n1sms, o lo que hace COMMAND.</translation>
    </message>
    <message>
        <source>Usage: n1sms [--base-url URL] [--json] [--quiet] COMMAND [ARGUMENTS]

Buy temporary numbers and receive SMS codes from the command line.

Commands:
</source>
        <translation>Uso: n1sms [--base-url URL] [--json] [--quiet] ORDEN [ARGUMENTOS]

Compre números temporales y reciba códigos SMS desde la línea de órdenes.

Órdenes:
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
Opciones de todas las órdenes:
  --base-url URL  la API de N1SMS (o N1SMS_BASE_URL); https, o http en este equipo
  --json          un documento JSON en la salida estándar
  -q, --quiet     sin mensajes de progreso
  -h, --help      esta ayuda, o la de una orden (n1sms buy --help)
  --version       la versión

SERVICE es un id o un nombre (sin importar mayúsculas ni acentos); COUNTRY es un
id, un código ISO (GH) o un nombre. Credenciales: la sesión guardada por
«n1sms login» o la aplicación de escritorio; si no, N1SMS_EMAIL y N1SMS_PASSWORD.

Estado de salida: 0 hecho; 1 el servidor lo rechazó; 2 error de uso o
confirmación rechazada; 3 problema de red o resultado desconocido; 4 sin sesión
o sesión terminada; 5 se dejó de esperar un código.
</translation>
    </message>
    <message>
        <source>Try &quot;n1sms --help&quot;.</source>
        <translation>Pruebe «n1sms --help».</translation>
    </message>
</context>
<context>
    <name>CountryPriceModel</name>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>No %1 numbers are on sale now.</source>
        <translation>Ahora no hay números a la venta: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3), %n number(s) in stock</source>
        <translation>
            <numerusform>%1: %2 (%3), %n número disponible</numerusform>
            <numerusform>%1: %2 (%3), %n números disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Price (₵)</source>
        <translation>Precio (₵)</translation>
    </message>
    <message>
        <source>Price ($)</source>
        <translation>Precio ($)</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>More than your balance of %1.</source>
        <translation>Más que su saldo de %1.</translation>
    </message>
    <message>
        <source>You have not bought a number here yet, or none has ended.</source>
        <translation>Aún no ha comprado un número aquí, o ninguno ha terminado.</translation>
    </message>
    <message>
        <source>Of the %1 numbers you bought here, %2 brought their code.</source>
        <translation>De los %1 números que compró aquí, %2 recibieron su código.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Column header: the user&apos;s own record (&quot;4 of 5&quot;) beside the server&apos;s success rate</extracomment>
        <translation>Usted</translation>
    </message>
</context>
<context>
    <name>Decode</name>
    <message>
        <source>The server&apos;s sign-in answer was refused: its token is too long (%L1 kB) to be sent with every request.</source>
        <translation>Se rechazó la respuesta de inicio de sesión del servidor: su token es demasiado largo (%L1 kB) para enviarse con cada solicitud.</translation>
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
        <translation>Aún no hay pedidos de este tipo</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Orders to show</source>
        <translation>Pedidos que mostrar</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Anter&amp;ior</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todos los pedidos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <source>Search these orders…</source>
        <translation>Buscar en estos pedidos…</translation>
    </message>
    <message>
        <source>Search these orders</source>
        <translation>Buscar en estos pedidos</translation>
    </message>
    <message>
        <source>Service, country, number, code or status</source>
        <translation>Servicio, país, número, código o estado</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Si&amp;guiente</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>If you sign out, N1SMS stops watching them; they stay on your account, and one that expires without a code is refunded.</source>
        <translation>Si cierra la sesión, N1SMS deja de vigilarlos; siguen en su cuenta, y el que caduque sin código se reembolsa.</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Cerrar sesión de todos modos</translation>
    </message>
    <message>
        <source>If you quit, nobody watches them: a code that arrives shows only the next time you open N1SMS, and one that expires without a code is refunded.</source>
        <translation>Si sale, nadie los vigila: un código que llegue solo se verá la próxima vez que abra N1SMS, y el que caduque sin código se reembolsa.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <source>Numbers still waiting</source>
        <translation>Números aún en espera</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Sign in to N1SMS</source>
        <translation>Inicia sesión en N1SMS</translation>
    </message>
    <message>
        <source>Buy a number, receive the code.</source>
        <translation>Compra un número, recibe el código.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@ejemplo.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Fill in the &amp;demo account</source>
        <translation>Rellenar con la cuenta de &amp;demostración</translation>
    </message>
    <message>
        <source>Fill in the demo account</source>
        <translation>Rellenar con la cuenta de demostración</translation>
    </message>
    <message>
        <source>Enter the email address of your N1SMS account.</source>
        <translation>Escribe el correo electrónico de tu cuenta de N1SMS.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Nothing here is real and no money is spent.&lt;br&gt;Email: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Password: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modo de demostración.&lt;/b&gt; Aquí nada es real y no se gasta dinero.&lt;br&gt;Correo: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Contraseña: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Keeps you signed in between runs. The sign-in is kept in the system keychain, never in a file.</source>
        <translation>Mantiene la sesión iniciada entre ejecuciones. El inicio de sesión se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Sho&amp;w password</source>
        <translation>&amp;Mostrar la contraseña</translation>
    </message>
    <message>
        <source>New here? Create an a&amp;ccount</source>
        <translation>¿Eres nuevo? Crea una c&amp;uenta</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <source>This session ends when N1SMS closes: nothing is kept.</source>
        <translation>Esta sesión termina al cerrar N1SMS: no se guarda nada.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About N1SMS</source>
        <translation>&amp;Acerca de N1SMS</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar el &amp;diagnóstico</translation>
    </message>
    <message>
        <source>The app&apos;s version, the server&apos;s address and the last lines of its log, for support: nothing secret.</source>
        <translation>La versión de la aplicación, la dirección del servidor y las últimas líneas de su registro, para el soporte: nada secreto.</translation>
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
        <translation>Código de %1 para %2: %3</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>&amp;Active orders</source>
        <translation>&amp;Pedidos activos</translation>
    </message>
    <message>
        <source>No code has arrived yet.</source>
        <translation>Todavía no ha llegado ningún código.</translation>
    </message>
    <message>
        <source>Copied the %1 code %2.</source>
        <translation>Código de %1 copiado: %2.</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Sesión iniciada de nuevo.</translation>
    </message>
    <message>
        <source>N1SMS demo: nothing is real</source>
        <translation>Demo de N1SMS: nada es real</translation>
    </message>
    <message>
        <source>No web browser could be opened. Top up your account at %1</source>
        <translation>No se pudo abrir ningún navegador web. Recargue su cuenta en %1</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Order book</source>
        <translation>Li&amp;bro</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>Vigilancias</translation>
    </message>
    <message>
        <source>Watching: %1.</source>
        <translation>Vigilando: %1.</translation>
    </message>
</context>
<context>
    <name>NoticeStack</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>The order book could not be opened: %1</source>
        <translation>No se pudo abrir el libro de pedidos: %1</translation>
    </message>
    <message>
        <source>The order book %1 was written by a newer version of N1SMS Desktop; it is left as it is and not used in this run.</source>
        <translation>El libro de pedidos %1 lo escribió una versión más reciente de N1SMS Desktop; se deja como está y no se usa en esta ejecución.</translation>
    </message>
    <message>
        <source>The order book could not be read. It was moved aside to %1 and a new one started; nothing in it was deleted.</source>
        <translation>No se pudo leer el libro de pedidos. Se apartó como %1 y se empezó uno nuevo; no se borró nada de él.</translation>
    </message>
</context>
<context>
    <name>OrderBookModel</name>
    <message>
        <source>%1 (no longer listed by the server)</source>
        <translation>%1 (el servidor ya no lo lista)</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write on it</source>
        <translation>Doble clic o F2 para escribir</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1 reembolsado</translation>
    </message>
</context>
<context>
    <name>OrderBookPanel</name>
    <message>
        <source>Search labels, notes, numbers, services, countries…</source>
        <translation>Buscar etiquetas, notas, números, servicios, países…</translation>
    </message>
    <message>
        <source>Search the order book</source>
        <translation>Buscar en el libro de pedidos</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>Cifras por</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>C&amp;ifras</translation>
    </message>
    <message>
        <source>What you spent and how often a number brought its code, by month, service and country</source>
        <translation>Lo que gastó y cuántos números recibieron su código, por mes, servicio y país</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the orders shown as CSV or JSON</source>
        <translation>Guardar los pedidos mostrados como CSV o JSON</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Libro de pedidos</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copiar deta&amp;lles</translation>
    </message>
    <message>
        <source>Copy everything support needs about this order (nothing secret)</source>
        <translation>Copiar todo lo que soporte necesita de este pedido (nada secreto)</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Sus cifras</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n number(s) bought, %1 spent.</source>
        <translation>
            <numerusform>En total: %n número comprado, %1 gastado.</numerusform>
            <numerusform>En total: %n números comprados, %1 gastados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n number(s) bought, %1 spent; %2 brought their code.</source>
        <translation>
            <numerusform>En total: %n número comprado, %1 gastado; %2 recibieron su código.</numerusform>
            <numerusform>En total: %n números comprados, %1 gastados; %2 recibieron su código.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an order to copy its details or try it again.</source>
        <translation>Elija un pedido para copiar sus detalles o volver a intentarlo.</translation>
    </message>
    <message>
        <source>Buy again and Try another country are for orders that ended without a code.</source>
        <translation>Comprar otra vez y Probar otro país son para pedidos que terminaron sin código.</translation>
    </message>
    <message>
        <source>A purchase is under way.</source>
        <translation>Hay una compra en curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Por servicio</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message numerus="yes">
        <source>Export %n order(s)</source>
        <translation>
            <numerusform>Exportar %n pedido</numerusform>
            <numerusform>Exportar %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The cheapest country in stock</source>
        <translation>El país con existencias más barato</translation>
    </message>
    <message>
        <source>The country that worked best for you</source>
        <translation>El país que mejor le ha funcionado</translation>
    </message>
    <message>
        <source>The same service in the next country in stock: the cheapest, or (from the menu) the one where your numbers brought their code most often</source>
        <translation>El mismo servicio en el siguiente país con existencias: el más barato o (desde el menú) aquel donde sus números recibieron su código más a menudo</translation>
    </message>
    <message>
        <source>The same service in the same country, asked first</source>
        <translation>El mismo servicio en el mismo país, tras confirmar</translation>
    </message>
    <message>
        <source>Try another count&amp;ry</source>
        <translation>Probar o&amp;tro país</translation>
    </message>
    <message>
        <source>Buy agai&amp;n</source>
        <translation>Comprar otra &amp;vez</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>Waiting for SMS</source>
        <translation>Esperando el SMS</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>Código recibido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Charged %1; the price confirmed was %2.</source>
        <translation>Cobrado %1; el precio confirmado era %2.</translation>
    </message>
    <message>
        <source>%1 · %2 refunded</source>
        <translation>%1 · %2 reembolsado</translation>
    </message>
    <message>
        <source>code at %1</source>
        <translation>código a las %1</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1 (no %2)</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled.</source>
        <translation>Este pedido ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled: %1</source>
        <translation>Este pedido ya no se puede cancelar: %1</translation>
    </message>
    <message>
        <source>The server refused to cancel it: %1</source>
        <translation>El servidor se negó a cancelarlo: %1</translation>
    </message>
    <message>
        <source>Cancel this order and get %1 back.</source>
        <translation>Cancelar este pedido y recuperar %1.</translation>
    </message>
    <message>
        <source>Cancelling becomes possible in %1, until the SMS arrives.</source>
        <translation>Se podrá cancelar dentro de %1, hasta que llegue el SMS.</translation>
    </message>
    <message>
        <source>Cancelling becomes possible two minutes after purchase, once the server allows it, until the SMS arrives.</source>
        <translation>Se puede cancelar dos minutos después de la compra, cuando el servidor lo permita, hasta que llegue el SMS.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>OrderListWidget</name>
    <message>
        <source>Your orders</source>
        <translation>Tus pedidos</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copiar el &amp;número</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Copiar el &amp;código</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Copied the code %1.</source>
        <translation>Código copiado: %1.</translation>
    </message>
    <message>
        <source>Copied the number %1.</source>
        <translation>Número copiado: %1.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancelar el pedido</translation>
    </message>
    <message>
        <source>Cancel the %1 number %2? %3 goes back to your balance; the number cannot be used again.</source>
        <translation>¿Cancelar el número de %1 %2? %3 vuelve a su saldo; el número no podrá usarse de nuevo.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Cance&amp;lar el pedido</translation>
    </message>
    <message>
        <source>Buy aga&amp;in</source>
        <translation>Comprar otra &amp;vez</translation>
    </message>
    <message>
        <source>The same service in the same country, asked first</source>
        <translation>El mismo servicio en el mismo país, tras confirmar</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>Could not refresh the orders: %1</source>
        <translation>No se pudieron actualizar los pedidos: %1</translation>
    </message>
    <message>
        <source>Your waiting orders could not be checked twice in a row: %1 Next try at %2.</source>
        <translation>No se pudieron comprobar sus pedidos en espera dos veces seguidas: %1 Próximo intento a las %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation>Pedido %1 cancelado; se reembolsaron %2.</translation>
    </message>
    <message>
        <source>The %1 number %2 expired without a code; %3 was refunded.</source>
        <translation>El número de %1 %2 caducó sin código; se reembolsaron %3.</translation>
    </message>
    <message>
        <source>The %1 number %2 was cancelled; %3 was refunded.</source>
        <translation>El número de %1 %2 se canceló; se reembolsaron %3.</translation>
    </message>
    <message>
        <source>The %1 number %2 is no longer waiting (%3).</source>
        <translation>El número de %1 %2 ya no está en espera (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) still waiting for a code: %1.</source>
        <translation>
            <numerusform>%n número aún a la espera de un código: %1.</numerusform>
            <numerusform>%n números aún a la espera de un código: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n order(s) that could not be read (a number beyond reason, or a part missing); they are not shown. Check your orders on the N1SMS website before buying again.</source>
        <translation>
            <numerusform>El servidor envió %n pedido ilegible (un número desmesurado, o una parte que falta); no se muestra. Compruebe sus pedidos en el sitio web de N1SMS antes de volver a comprar.</numerusform>
            <numerusform>El servidor envió %n pedidos ilegibles (un número desmesurado, o una parte que falta); no se muestran. Compruebe sus pedidos en el sitio web de N1SMS antes de volver a comprar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceTableWidget</name>
    <message>
        <source>Choose a service to see its prices by country.</source>
        <translation>Elige un servicio para ver sus precios por país.</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtrar países…</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Filtrar países</translation>
    </message>
    <message>
        <source>Prices by country</source>
        <translation>Precios por país</translation>
    </message>
    <message>
        <source>&amp;Buy number</source>
        <translation>Co&amp;mprar número</translation>
    </message>
    <message>
        <source>Buy number</source>
        <translation>Comprar número</translation>
    </message>
    <message>
        <source>%1 numbers by country</source>
        <translation>Números de %1 por país</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Comprando…</translation>
    </message>
    <message>
        <source>&amp;Get the</source>
        <translation>&amp;Obtener el</translation>
    </message>
    <message>
        <source>Pricing option</source>
        <translation>Opción de precio</translation>
    </message>
    <message>
        <source>Which number the server picks for you in the chosen country</source>
        <translation>Qué número elige el servidor para ti en el país elegido</translation>
    </message>
    <message>
        <source>cheapest number</source>
        <translation>número más barato</translation>
    </message>
    <message>
        <source>best success rate</source>
        <translation>mejor tasa de éxito</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>Mostrar todos los países</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n country(s)</source>
        <translation>
            <numerusform>%1 de %n país</numerusform>
            <numerusform>%1 de %n países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message>
        <source>No country has numbers in stock.</source>
        <translation>Ningún país tiene números disponibles.</translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Ningún país coincide con «%1».</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>Recargar…</translation>
    </message>
    <message>
        <source>Opens the service&apos;s website, where deposits are made</source>
        <translation>Abre el sitio web del servicio, donde se hacen los depósitos</translation>
    </message>
    <message>
        <source>In stoc&amp;k only</source>
        <translation>Solo &amp;disponibles</translation>
    </message>
    <message>
        <source>Tells you when this country is in stock, or cheaper</source>
        <translation>Le avisa cuando este país tenga números, o sea más barato</translation>
    </message>
    <message>
        <source>Buys one number from the best countries within a price you set, trying the next when one fails</source>
        <translation>Compra un número en los mejores países dentro de un precio que usted fija, probando el siguiente si uno falla</translation>
    </message>
    <message>
        <source>Watch…</source>
        <translation>Vigilar…</translation>
    </message>
    <message>
        <source>Buy best…</source>
        <translation>Comprar el mejor…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Watch… and Buy best…</source>
        <translation>Vigilar… y Comprar el mejor…</translation>
    </message>
</context>
<context>
    <name>PurchaseConfirmation</name>
    <message>
        <source>Buy a number</source>
        <translation>Comprar un número</translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 (%3) for %4?</source>
        <translation>¿Comprar un número de %1 en %2 (%3) por %4?</translation>
    </message>
    <message>
        <source>The server picks the cheapest number.</source>
        <translation>El servidor elige el número más barato.</translation>
    </message>
    <message>
        <source>Balance after purchase: %1</source>
        <translation>Saldo tras la compra: %1</translation>
    </message>
    <message>
        <source>Buy for %1</source>
        <translation>Comprar por %1</translation>
    </message>
    <message>
        <source>The server picks the number with the best success rate. It may cost more than the listed price; you will be told what it cost.</source>
        <translation>El servidor elige el número con la mejor tasa de éxito. Puede costar más que el precio indicado; se le dirá cuánto costó.</translation>
    </message>
    <message>
        <source>Balance after purchase at the listed price: %1</source>
        <translation>Saldo tras la compra al precio indicado: %1</translation>
    </message>
</context>
<context>
    <name>PurchaseController</name>
    <message>
        <source>Loading services…</source>
        <translation>Cargando servicios…</translation>
    </message>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation>No se pudieron cargar los servicios: %1</translation>
    </message>
    <message>
        <source>Loading prices… page %1 of %2</source>
        <translation>Cargando precios… página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(s). Double-click a country or press Enter to buy.</source>
        <translation>
            <numerusform>%n país. Haz doble clic en un país o pulsa Intro para comprar.</numerusform>
            <numerusform>%n países. Haz doble clic en un país o pulsa Intro para comprar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prices for %1 could not be loaded: %2</source>
        <translation>No se pudieron cargar los precios de %1: %2</translation>
    </message>
    <message>
        <source>Prices as of %1; refreshing…</source>
        <translation>Precios de las %1; actualizando…</translation>
    </message>
    <message>
        <source>Loading prices…</source>
        <translation>Cargando precios…</translation>
    </message>
    <message>
        <source>No numbers are in stock for %1 right now.</source>
        <translation>Ahora no hay números disponibles para %1.</translation>
    </message>
    <message>
        <source>Your balance (%1) is not enough for this number (%2). Top up your account first.</source>
        <translation>Tu saldo (%1) no alcanza para este número (%2). Recarga tu cuenta primero.</translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation>Comprando un número de %1 en %2…</translation>
    </message>
    <message>
        <source>Bought %1 for %2. Waiting for the SMS…</source>
        <translation>Comprado %1 para %2. Esperando el SMS…</translation>
    </message>
    <message>
        <source>Your session ended before the number was bought: it was not bought and you were not charged. Sign in again, then buy it if you still want it.</source>
        <translation>Su sesión terminó antes de comprar el número: no se compró y no se le cobró nada. Vuelva a iniciar sesión y cómprelo si todavía lo quiere.</translation>
    </message>
    <message>
        <source>%1 Nothing was bought; you were not charged.</source>
        <translation>%1 No se compró nada; no se le cobró.</translation>
    </message>
    <message>
        <source>No answer came to the purchase. Checking whether the purchase went through…</source>
        <translation>La compra no recibió respuesta. Comprobando si la compra se realizó…</translation>
    </message>
    <message>
        <source>No order was made: a minute after the purchase, your orders show no new number. If one appears later, it will show here.</source>
        <translation>No se realizó ningún pedido: un minuto después de la compra, sus pedidos no muestran ningún número nuevo. Si aparece uno más tarde, se mostrará aquí.</translation>
    </message>
    <message>
        <source>The session ended while a number was being bought. Look in Active orders before buying it again.</source>
        <translation>La sesión terminó mientras se compraba un número. Mire en Pedidos activos antes de volver a comprarlo.</translation>
    </message>
    <message>
        <source>Could not confirm whether the purchase went through (%1). Check your orders before buying again.</source>
        <translation>No se pudo confirmar si la compra se realizó (%1). Revisa tus pedidos antes de volver a comprar.</translation>
    </message>
    <message>
        <source>%1 code for %2: %3</source>
        <translation>Código de %1 para %2: %3</translation>
    </message>
    <message>
        <source>Charged %1, not the %2 you confirmed.</source>
        <translation>Se cobraron %1, no los %2 que confirmó.</translation>
    </message>
    <message>
        <source>Charged %1, less than the %2 you confirmed.</source>
        <translation>Se cobraron %1, menos que los %2 que confirmó.</translation>
    </message>
    <message>
        <source>The best-success-rate option costs more.</source>
        <translation>La opción de mejor tasa de éxito cuesta más.</translation>
    </message>
    <message>
        <source>Bought %1 for %2. %3 Waiting for the SMS…</source>
        <translation>%1 comprado para %2. %3 Esperando el SMS…</translation>
    </message>
    <message>
        <source>The services could not be loaded.</source>
        <translation>No se pudieron cargar los servicios.</translation>
    </message>
    <message>
        <source>The prices could not be loaded.</source>
        <translation>No se pudieron cargar los precios.</translation>
    </message>
    <message>
        <source>Looking for a %1 number…</source>
        <translation>Buscando un número de %1…</translation>
    </message>
    <message>
        <source>%1 numbers are no longer offered in that country.</source>
        <translation>Ya no se ofrecen números de %1 en ese país.</translation>
    </message>
    <message>
        <source>No other country has %1 numbers in stock right now.</source>
        <translation>Ningún otro país tiene números de %1 en existencias ahora.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n price(s) for %1 that could not be read; those countries are not shown.</source>
        <translation>
            <numerusform>El servidor envió %n precio ilegible para %1; ese país no se muestra.</numerusform>
            <numerusform>El servidor envió %n precios ilegibles para %1; esos países no se muestran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseRules</name>
    <message>
        <source>The server lists %1 at %2, which is not a real price, so this number cannot be bought. Refresh the prices or choose another country.</source>
        <translation>El servidor indica %1 a %2, que no es un precio real, así que este número no se puede comprar. Actualice los precios o elija otro país.</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <source>Create your N1SMS account</source>
        <translation>Crea tu cuenta de N1SMS</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@ejemplo.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>+233 24 123 4567</source>
        <translation>+34 612 34 56 78</translation>
    </message>
    <message>
        <source>Phone number with country code</source>
        <translation>Número de teléfono con prefijo del país</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Al menos 8 caracteres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Con&amp;firmar</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirma la contraseña</translation>
    </message>
    <message>
        <source>&amp;Referral code</source>
        <translation>Código de &amp;referido</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation>Código de referido (opcional)</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>Crear c&amp;uenta</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>Ya tengo una cuenta: &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Sho&amp;w the password</source>
        <translation>&amp;Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Enter the password for &lt;b&gt;%2&lt;/b&gt; to carry on where you were.</source>
        <translation>%1&lt;br&gt;Escribe la contraseña de &lt;b&gt;%2&lt;/b&gt; para seguir donde lo dejaste.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
</context>
<context>
    <name>ServerFeatures</name>
    <message>
        <source>This server does not offer cancelling; an order without a code is refunded when its time runs out.</source>
        <translation>Este servidor no permite cancelar; un pedido sin código se reembolsa cuando se agota su tiempo.</translation>
    </message>
    <message>
        <source>This server does not offer reading one order; orders are followed through the order list.</source>
        <translation>Este servidor no permite leer un pedido suelto; los pedidos se siguen por la lista de pedidos.</translation>
    </message>
    <message>
        <source>This server does not offer signing out remotely: the session was forgotten on this computer and ends on the server when it expires.</source>
        <translation>Este servidor no permite cerrar sesión a distancia: la sesión se olvidó en este equipo y termina en el servidor cuando caduca.</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <source>%1 (service %2)</source>
        <translation>%1 (servicio %2)</translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation>%1, favorito</translation>
    </message>
</context>
<context>
    <name>ServicePickerWidget</name>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation>Buscar servicios…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Buscar servicios</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Popular services</source>
        <translation>Servicios populares</translation>
    </message>
    <message>
        <source>Add the chosen service to your favourites (Ctrl+D)</source>
        <translation>Añadir el servicio elegido a tus favoritos (Ctrl+D)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Show the prices for %1</source>
        <translation>Mostrar los precios de %1</translation>
    </message>
    <message>
        <source>Remove from your favourites (Ctrl+D)</source>
        <translation>Quitar de tus favoritos (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add to your favourites (Ctrl+D)</source>
        <translation>Añadir a tus favoritos (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your account is created. Verify your phone number as the message from N1SMS asks, then sign in here.</source>
        <translation>Tu cuenta está creada. Verifica tu número de teléfono como indica el mensaje de N1SMS y luego inicia sesión aquí.</translation>
    </message>
    <message>
        <source>Your account is created. You can sign in now.</source>
        <translation>Tu cuenta está creada. Ya puedes iniciar sesión.</translation>
    </message>
    <message>
        <source>You will stay signed in only until N1SMS closes: %1</source>
        <translation>La sesión solo seguirá iniciada hasta que cierres N1SMS: %1</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Tu sesión ha terminado.</translation>
    </message>
    <message>
        <source>Your balance could not be loaded: %1</source>
        <translation>No se pudo cargar tu saldo: %1</translation>
    </message>
    <message>
        <source>Now using %1. Sign in to your account there.</source>
        <translation>Ahora se usa %1. Inicia sesión en tu cuenta de ese servidor.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <source>Use the N1SMS production server</source>
        <translation>Usar el servidor de producción de N1SMS</translation>
    </message>
    <message>
        <source>Use the default server</source>
        <translation>Usar el servidor predeterminado</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a code arrives</source>
        <translation>Mostrar una &amp;notificación cuando llegue un código</translation>
    </message>
    <message>
        <source>Clear the clipboard</source>
        <translation>Vaciar el portapapeles</translation>
    </message>
    <message>
        <source>Numbers and codes copied by N1SMS are removed from the clipboard after this time, unless something else has been copied since.</source>
        <translation>Los números y códigos copiados por N1SMS se quitan del portapapeles pasado este tiempo, salvo que se haya copiado otra cosa entretanto.</translation>
    </message>
    <message>
        <source>Check waiting orders &amp;every</source>
        <translation>Revisar los pedidos en espera c&amp;ada</translation>
    </message>
    <message>
        <source>Check waiting orders every</source>
        <translation>Revisar los pedidos en espera cada</translation>
    </message>
    <message>
        <source>Less often when the window is hidden. The server allows 60 requests a minute.</source>
        <translation>Con menos frecuencia si la ventana está oculta. El servidor admite 60 solicitudes por minuto.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Los del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s)</source>
        <translation>
            <numerusform>Tras %n segundo</numerusform>
            <numerusform>Tras %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Tras %n minuto</numerusform>
            <numerusform>Tras %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Changing the server signs you out.</source>
        <translation>Cambiar de servidor cierra tu sesión.</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (plain http:// only for this computer), such as %1.</source>
        <translation>Escribe una dirección que empiece por https:// (http:// simple solo para este equipo), como %1.</translation>
    </message>
    <message>
        <source>Cop&amp;y the number when a purchase succeeds</source>
        <translation>Copiar el número tras una comp&amp;ra</translation>
    </message>
    <message>
        <source>Clea&amp;r the clipboard</source>
        <translation>&amp;Vaciar el portapapeles</translation>
    </message>
    <message>
        <source>Watches look at prices e&amp;very</source>
        <translation>Las vi&amp;gilancias miran los precios cada</translation>
    </message>
    <message>
        <source>Watches look at prices every</source>
        <translation>Las vigilancias miran los precios cada</translation>
    </message>
    <message>
        <source>One price list per watched service each time, whatever the number of watches.</source>
        <translation>Una lista de precios por servicio vigilado cada vez, sea cual sea el número de vigilancias.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>N1SMS: no order is waiting</source>
        <translation>N1SMS: ningún pedido en espera</translation>
    </message>
    <message>
        <source>%1 code for %2: %3. Click to copy it.</source>
        <translation>Código de %1 para %2: %3. Haz clic para copiarlo.</translation>
    </message>
    <message>
        <source>Your %1 code: %2</source>
        <translation>Tu código de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>N1SMS: %n order(s) waiting for an SMS</source>
        <translation>
            <numerusform>N1SMS: %n pedido esperando un SMS</numerusform>
            <numerusform>N1SMS: %n pedidos esperando un SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show N1SMS</source>
        <translation>&amp;Mostrar N1SMS</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>The server asked the app to wait.</source>
        <translation>El servidor pidió a la aplicación que esperara.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Change the watch</source>
        <translation>Cambiar la vigilancia</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Vigilar %1</translation>
    </message>
    <message>
        <source>Tell me when a %1 number…</source>
        <translation>Avíseme cuando un número de %1…</translation>
    </message>
    <message>
        <source>in %1 is in stock</source>
        <translation>en %1 esté disponible</translation>
    </message>
    <message>
        <source>in %1 costs at most</source>
        <translation>en %1 cueste como máximo</translation>
    </message>
    <message>
        <source>Highest price in %1, in cedi</source>
        <translation>Precio máximo en %1, en cedi</translation>
    </message>
    <message>
        <source>in any country costs at most</source>
        <translation>en cualquier país cueste como máximo</translation>
    </message>
    <message>
        <source>Highest price in any country, in cedi</source>
        <translation>Precio máximo en cualquier país, en cedi</translation>
    </message>
    <message>
        <source>with a success rate of at least</source>
        <translation>con una tasa de éxito de al menos</translation>
    </message>
    <message>
        <source>Lowest success rate, in percent</source>
        <translation>Tasa de éxito mínima, en porcentaje</translation>
    </message>
    <message>
        <source>When it happens, ask me to buy it (the usual confirmation)</source>
        <translation>Cuando ocurra, pedirme que lo compre (la confirmación habitual)</translation>
    </message>
    <message>
        <source>While you are signed in, the app looks at the prices now and then (Settings says how often) and a notification says when. Nothing is bought without your yes.</source>
        <translation>Mientras tenga la sesión iniciada, la aplicación mira los precios de vez en cuando (Ajustes indica cada cuánto) y una notificación le avisa. No se compra nada sin su sí.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>Type a price in cedi, such as 4.50.</source>
        <translation>Escriba un precio en cedi, como 4.50.</translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>at least %1 % success</source>
        <translation>al menos %1 % de éxito</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>cualquier país</translation>
    </message>
    <message>
        <source>%1 in %2, when in stock</source>
        <translation>%1 en %2, cuando haya números</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 en %2, %3</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Notify and ask to buy</source>
        <translation>Avisar y proponer la compra</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Avisar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Met: %1 at %2</source>
        <translation>Cumplida: %1 a %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>WatchesPanel</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Show &amp;prices</source>
        <translation>Ver los &amp;precios</translation>
    </message>
    <message>
        <source>No watch yet. Choose a service and a country, then Watch… to be told when it is in stock or costs less.</source>
        <translation>Todavía no hay vigilancias. Elija un servicio y un país, luego Vigilar… para saber cuándo hay números o cuesta menos.</translation>
    </message>
    <message>
        <source>Paused until %1: %2</source>
        <translation>En pausa hasta las %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The prices are looked at every %n second(s) while you are signed in.</source>
        <translation>
            <numerusform>Los precios se miran cada %n segundo mientras tenga la sesión iniciada.</numerusform>
            <numerusform>Los precios se miran cada %n segundos mientras tenga la sesión iniciada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Buy temporary numbers and receive SMS codes.</source>
        <translation>Compra números temporales y recibe códigos SMS.</translation>
    </message>
    <message>
        <source>Run against a built-in sandbox server with a demo account.</source>
        <translation>Usar un servidor de pruebas integrado con una cuenta de demostración.</translation>
    </message>
    <message>
        <source>The N1SMS API to use.</source>
        <translation>La API de N1SMS que se usará.</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation>La dirección del servidor debe ser una URL https:// (http:// simple solo para este equipo): %1</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running but does not answer. Wait a moment and try again, or end the running one first.</source>
        <translation>N1SMS Desktop ya está abierto pero no responde. Espere un momento y vuelva a intentarlo, o cierre primero el que está abierto.</translation>
    </message>
</context>
</TS>
