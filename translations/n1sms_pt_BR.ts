<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutBox</name>
    <message>
        <source>About N1SMS</source>
        <translation>Sobre o N1SMS</translation>
    </message>
    <message>
        <source>&lt;h3&gt;N1SMS Desktop %1&lt;/h3&gt;&lt;p&gt;Temporary phone numbers and their SMS codes, for the &lt;a href=&quot;https://n1sms.com&quot;&gt;N1SMS&lt;/a&gt; service.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;N1SMS Desktop %1&lt;/h3&gt;&lt;p&gt;Números de telefone temporários e seus códigos SMS, para o serviço &lt;a href=&quot;https://n1sms.com&quot;&gt;N1SMS&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;N1SMS Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses Qt %1, under the GNU Lesser General Public License version 3, and QtKeychain, under the BSD 3-clause licence. Its flags are drawn from the Noto Color Emoji font, under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O N1SMS Desktop é software livre sob a licença MIT.&lt;/p&gt;&lt;p&gt;Ele usa o Qt %1, sob a GNU Lesser General Public License versão 3, e o QtKeychain, sob a licença BSD de 3 cláusulas. Suas bandeiras são desenhadas a partir da fonte Noto Color Emoji, sob a SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Conectado como &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Orders: %L1 · active: %L2 · spent: %3</source>
        <translation>Pedidos: %L1 · ativos: %L2 · gasto: %3</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Cerca de %1</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>Recarre&amp;gar…</translation>
    </message>
    <message>
        <source>Opens the service&apos;s website, where deposits are made</source>
        <translation>Abre o site do serviço, onde são feitos os depósitos</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Conectado como &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Não foi possível acessar o servidor. Verifique sua conexão com a internet.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>O servidor demorou demais para responder.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed; its certificate is not trusted.</source>
        <translation>A conexão segura com o servidor falhou: o certificado dele não é confiável.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>O endereço do servidor deve começar com https:// (http simples só é permitido para este computador).</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Sua sessão terminou. Entre novamente.</translation>
    </message>
    <message>
        <source>Some of the details are not valid.</source>
        <translation>Alguns dados não são válidos.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>O servidor recusou a solicitação.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>O servidor não encontrou o que foi pedido.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation>Solicitações demais. Aguarde um momento.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>O servidor está ocupado. Tente de novo em um momento.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>O servidor teve um erro interno.</translation>
    </message>
    <message>
        <source>This server does not support that action.</source>
        <translation>Este servidor não aceita essa ação.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect.</source>
        <translation>O servidor respondeu com um redirecionamento inesperado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>A resposta do servidor era grande demais.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Não foi possível entender a resposta do servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Please wait %n second(s).</source>
        <translation>
            <numerusform>Solicitações demais. Aguarde %n segundo.</numerusform>
            <numerusform>Solicitações demais. Aguarde %n segundos.</numerusform>
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
        <translation>A demonstração usa seu servidor embutido.</translation>
    </message>
    <message>
        <source>Set for this run by --base-url on the command line.</source>
        <translation>Definido para esta execução por --base-url na linha de comando.</translation>
    </message>
    <message>
        <source>Copied the code %1.</source>
        <translation>Código copiado: %1.</translation>
    </message>
    <message>
        <source>Cleared the clipboard.</source>
        <translation>Área de transferência limpa.</translation>
    </message>
    <message>
        <source>Copied the number %1: paste it into %2&apos;s sign-up form.</source>
        <translation>Número copiado: %1. Cole-o no formulário de cadastro do %2.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard clears in %n second(s).</source>
        <translation>
            <numerusform>A área de transferência será limpa em %n segundo.</numerusform>
            <numerusform>A área de transferência será limpa em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation>Não foi possível iniciar o servidor de demonstração.</translation>
    </message>
    <message>
        <source>%1 order ended</source>
        <translation>Pedido de %1 encerrado</translation>
    </message>
    <message>
        <source>%1 number bought at another price</source>
        <translation>Número de %1 comprado por outro preço</translation>
    </message>
    <message>
        <source>N1SMS keeps watching</source>
        <translation>O N1SMS continua acompanhando</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) still waiting: the code will show here when it comes.</source>
        <translation>
            <numerusform>%n pedido ainda aguardando: o código aparecerá aqui quando chegar.</numerusform>
            <numerusform>%n pedidos ainda aguardando: o código aparecerá aqui quando chegar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the diagnostics: the app&apos;s version, the server&apos;s address and the last lines of its log. Nothing secret is in them.</source>
        <translation>Diagnóstico copiado: a versão do aplicativo, o endereço do servidor e as últimas linhas do registro. Nada secreto está nele.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running with your account; its window is in front. Quit it first to run the demo.</source>
        <translation>O N1SMS Desktop já está aberto com a sua conta; a janela dele está à frente. Feche-o primeiro para usar a demonstração.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running the demo; its window is in front. Quit it first to use your account.</source>
        <translation>O N1SMS Desktop já está aberto na demonstração; a janela dele está à frente. Feche-o primeiro para usar a sua conta.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running on %1; its window is in front. Quit it first to use %2.</source>
        <translation>O N1SMS Desktop já está aberto em %1; a janela dele está à frente. Feche-o primeiro para usar %2.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <source>What you watched for is here. The confirmation to buy it is open.</source>
        <translation>O que você vigiava chegou. A confirmação de compra está aberta.</translation>
    </message>
    <message numerus="yes">
        <source>What you watched for is here: %n number(s) in stock. Click to see it.</source>
        <translation>
            <numerusform>O que você vigiava chegou: %n número em estoque. Clique para ver.</numerusform>
            <numerusform>O que você vigiava chegou: %n números em estoque. Clique para ver.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>No secure storage is set up for this app.</source>
        <translation>Nenhum armazenamento seguro está configurado para este aplicativo.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this system.</source>
        <translation>Nenhum chaveiro (Secret Service) está disponível neste sistema.</translation>
    </message>
    <message>
        <source>The keychain refused to store the sign-in.</source>
        <translation>O chaveiro se recusou a guardar o login.</translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Order: %1 (%2)</source>
        <translation>Pedido: %1 (%2)</translation>
    </message>
    <message>
        <source>no order code</source>
        <translation>sem código de pedido</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>Service: %1 (id %2)</source>
        <translation>Serviço: %1 (id %2)</translation>
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
        <translation>Expira: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Custo: %1</translation>
    </message>
    <message>
        <source>Status: %1 (the server says &quot;%2&quot;)</source>
        <translation>Estado: %1 (o servidor diz “%2”)</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>No longer listed by the server since %1</source>
        <translation>O servidor não o lista mais desde %1</translation>
    </message>
    <message>
        <source>Another try after order %1</source>
        <translation>Nova tentativa após o pedido %1</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Histórico de estados:</translation>
    </message>
    <message>
        <source>Last message from the server: %1</source>
        <translation>Última mensagem do servidor: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Copied the details of order %1 for support.</source>
        <translation>Detalhes do pedido %1 copiados para o suporte.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>%n pedido exportado para %1.</numerusform>
            <numerusform>%n pedidos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders could not be exported to %1: %2</source>
        <translation>Não foi possível exportar os pedidos para %1: %2</translation>
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
        <translation>Mês</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
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
        <translation>Com código</translation>
    </message>
    <message>
        <source>Your success</source>
        <translation>Seu sucesso</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
</context>
<context>
    <name>BuyBestController</name>
    <message>
        <source>The plan stopped: the prices could not be loaded (%1). Nothing more was bought.</source>
        <translation>O plano parou: não foi possível carregar os preços (%1). Nada mais foi comprado.</translation>
    </message>
    <message>
        <source>The plan was stopped. The number bought is kept.</source>
        <translation>O plano foi interrompido. O número comprado é mantido.</translation>
    </message>
    <message>
        <source>The plan was stopped. Nothing was bought.</source>
        <translation>O plano foi interrompido. Nada foi comprado.</translation>
    </message>
    <message>
        <source>No country of the plan had a %1 number to sell within %2. Nothing was bought.</source>
        <translation>Nenhum país do plano tinha um número de %1 à venda por até %2. Nada foi comprado.</translation>
    </message>
    <message>
        <source>%1 has no numbers in stock now.</source>
        <translation>%1 não tem mais números em estoque.</translation>
    </message>
    <message>
        <source>%1 now costs %2, above your %3.</source>
        <translation>%1 agora custa %2, acima dos seus %3.</translation>
    </message>
    <message>
        <source>It was charged %1, above your %2: the price changed as it was bought.</source>
        <translation>Foi cobrado %1, acima dos seus %2: o preço mudou durante a compra.</translation>
    </message>
    <message>
        <source>Bought %1 in %2 for %3.</source>
        <translation>Comprado %1 em %2 por %3.</translation>
    </message>
    <message>
        <source>The plan stopped: your balance is too low for a number in %1. Top up, then try again.</source>
        <translation>O plano parou: seu saldo é baixo demais para um número em %1. Recarregue e tente de novo.</translation>
    </message>
    <message>
        <source>The plan stopped at %1: %2 Nothing more was bought.</source>
        <translation>O plano parou em %1: %2 Nada mais foi comprado.</translation>
    </message>
    <message>
        <source>No answer came from %1, and your orders show nothing was bought there.</source>
        <translation>Não veio resposta de %1, e seus pedidos mostram que nada foi comprado lá.</translation>
    </message>
    <message>
        <source>The plan stopped: whether a number was bought in %1 could not be learned (%2). Check your orders before buying again.</source>
        <translation>O plano parou: não foi possível saber se um número foi comprado em %1 (%2). Confira seus pedidos antes de comprar de novo.</translation>
    </message>
    <message>
        <source>The plan stopped: the session ended. Look in Active orders before buying again.</source>
        <translation>O plano parou: a sessão terminou. Veja os pedidos ativos antes de comprar de novo.</translation>
    </message>
    <message>
        <source>Bought %1 in %2 for %3; its code came: %4.</source>
        <translation>Comprado %1 em %2 por %3; o código chegou: %4.</translation>
    </message>
    <message>
        <source>The number in %1 ended without a code (refunded).</source>
        <translation>O número em %1 terminou sem código (reembolsado).</translation>
    </message>
</context>
<context>
    <name>BuyBestDialog</name>
    <message>
        <source>the lowest price</source>
        <translation>o menor preço</translation>
    </message>
    <message>
        <source>the server&apos;s success rate</source>
        <translation>a taxa de sucesso do servidor</translation>
    </message>
    <message>
        <source>your own record there</source>
        <translation>seu próprio histórico lá</translation>
    </message>
    <message>
        <source>Buy the best %1 number</source>
        <translation>Comprar o melhor número de %1</translation>
    </message>
    <message>
        <source>Pay at &amp;most (₵):</source>
        <translation>Pagar no &amp;máximo (₵):</translation>
    </message>
    <message>
        <source>First by</source>
        <translation>Primeiro por</translation>
    </message>
    <message>
        <source>Then by</source>
        <translation>Depois por</translation>
    </message>
    <message>
        <source>Then by, last</source>
        <translation>Depois por, por último</translation>
    </message>
    <message>
        <source>then</source>
        <translation>depois</translation>
    </message>
    <message>
        <source>Rank &amp;first by:</source>
        <translation>Ordenar &amp;primeiro por:</translation>
    </message>
    <message>
        <source>&amp;Countries to try:</source>
        <translation>&amp;Países a tentar:</translation>
    </message>
    <message>
        <source>If the number expires without its code, buy in the next country (each number that expires is refunded)</source>
        <translation>Se o número expirar sem o código, comprar no próximo país (cada número que expira é reembolsado)</translation>
    </message>
    <message>
        <source>The countries to try, in order</source>
        <translation>Os países a tentar, em ordem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Stop the plan</source>
        <translation>&amp;Parar o plano</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>%1 % success</source>
        <translation>%1 % de sucesso</translation>
    </message>
    <message>
        <source>yours: %1 %</source>
        <translation>o seu: %1 %</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Type the most you will pay for the number, in cedi.</source>
        <translation>Digite o máximo que você pagará pelo número, em cedi.</translation>
    </message>
    <message>
        <source>No country has a %1 number in stock at %2 or less.</source>
        <translation>Nenhum país tem número de %1 em estoque por até %2.</translation>
    </message>
    <message>
        <source>Up to 1 number, at most %1, trying %2 in that order.</source>
        <translation>Até 1 número, no máximo %1, tentando %2 nessa ordem.</translation>
    </message>
    <message>
        <source>If a number expires without its code, it is refunded and the next country is tried: at most %1 is spent at a time.</source>
        <translation>Se um número expirar sem o código, ele é reembolsado e o próximo país é tentado: no máximo %1 é gasto por vez.</translation>
    </message>
    <message>
        <source>At most %1 is spent.</source>
        <translation>No máximo %1 é gasto.</translation>
    </message>
    <message>
        <source>&amp;Buy best</source>
        <translation>&amp;Comprar o melhor</translation>
    </message>
    <message>
        <source>trying now</source>
        <translation>tentando agora</translation>
    </message>
    <message>
        <source>Trying %1 (%2 of %3)…</source>
        <translation>Tentando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>bought %1 for %2</source>
        <translation>comprado %1 por %2</translation>
    </message>
    <message>
        <source>Bought %1. Waiting for its code…</source>
        <translation>Comprado %1. Aguardando o código…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation>O endereço do servidor deve ser uma URL https:// (http:// simples só para este computador): %1</translation>
    </message>
    <message>
        <source>The session ended. Sign in again (n1sms login), then run this again.</source>
        <translation>A sessão terminou. Entre novamente (n1sms login) e execute isto de novo.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconhecido: %1</translation>
    </message>
    <message>
        <source>Signing in as %1 (the session kept in the keychain)…</source>
        <translation>Entrando como %1 (a sessão guardada no chaveiro)…</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>Não foi possível entrar:</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;n1sms login&quot;, or set N1SMS_EMAIL and N1SMS_PASSWORD.</source>
        <translation>Sem sessão. Execute “n1sms login” ou defina N1SMS_EMAIL e N1SMS_PASSWORD.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Entrando como %1…</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2</source>
        <translation>Não foi possível entrar como %1: %2</translation>
    </message>
    <message>
        <source>Which account? Give --email, or set N1SMS_EMAIL.</source>
        <translation>Qual conta? Informe --email ou defina N1SMS_EMAIL.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Senha de %1:</translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: use --password-stdin (or N1SMS_PASSWORD).</source>
        <translation>Não há terminal onde pedir a senha: use --password-stdin (ou N1SMS_PASSWORD).</translation>
    </message>
    <message>
        <source>An email and a password are needed to sign in.</source>
        <translation>São necessários um e-mail e uma senha para entrar.</translation>
    </message>
    <message>
        <source>Signed in as %1. The session is kept in the system keychain.</source>
        <translation>Conectado como %1. A sessão fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be kept: %1 Nothing was stored.</source>
        <translation>Conectado, mas a sessão não pôde ser guardada: %1 Nada foi salvo.</translation>
    </message>
    <message>
        <source>Signed out: %1&apos;s session is forgotten.</source>
        <translation>Desconectado: a sessão de %1 foi esquecida.</translation>
    </message>
    <message>
        <source>No session is kept for %1.</source>
        <translation>Nenhuma sessão está guardada para %1.</translation>
    </message>
    <message>
        <source>Could not sign out:</source>
        <translation>Não foi possível sair:</translation>
    </message>
    <message>
        <source>Could not load the services:</source>
        <translation>Não foi possível carregar os serviços:</translation>
    </message>
    <message>
        <source>Could not load the prices:</source>
        <translation>Não foi possível carregar os preços:</translation>
    </message>
    <message>
        <source>No service has the id %1. n1sms services lists them.</source>
        <translation>Nenhum serviço tem o id %1. n1sms services lista todos.</translation>
    </message>
    <message>
        <source>No service is called &quot;%1&quot;. n1sms services lists them.</source>
        <translation>Nenhum serviço se chama “%1”. n1sms services lista todos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2. Say which, by its name or id.</source>
        <translation>“%1” pode ser %2. Diga qual, pelo nome ou id.</translation>
    </message>
    <message>
        <source>No country &quot;%1&quot; in this service&apos;s price list. n1sms prices lists them.</source>
        <translation>Nenhum país “%1” na lista de preços deste serviço. n1sms prices lista todos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2. Say which, by its name, ISO code or id.</source>
        <translation>“%1” pode ser %2. Diga qual, pelo nome, código ISO ou id.</translation>
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
        <translation>Não foi possível carregar o saldo:</translation>
    </message>
    <message>
        <source>No service matches &quot;%1&quot;.</source>
        <translation>Nenhum serviço corresponde a “%1”.</translation>
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
        <translation>SERVIÇO</translation>
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
        <translation>PREÇO</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>IN STOCK</source>
        <translation>EM ESTOQUE</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>SUCESSO</translation>
    </message>
    <message>
        <source>No country to show.</source>
        <translation>Nenhum país para mostrar.</translation>
    </message>
    <message>
        <source>%1 numbers in %2 are out of stock. Nothing was bought.</source>
        <translation>Números de %1 em %2 estão esgotados. Nada foi comprado.</translation>
    </message>
    <message>
        <source>--max-price takes an amount in cedi, such as 5.00, not &quot;%1&quot;.</source>
        <translation>--max-price espera um valor em cedi, como 5.00, não “%1”.</translation>
    </message>
    <message>
        <source>%1 in %2 costs %3, above your --max-price of %4. Nothing was bought.</source>
        <translation>%1 em %2 custa %3, acima do seu --max-price de %4. Nada foi comprado.</translation>
    </message>
    <message>
        <source>Not bought: nothing confirmed it. Add --yes, or run n1sms on a terminal to be asked.</source>
        <translation>Não comprado: nada confirmou a compra. Adicione --yes ou execute o n1sms num terminal para ser perguntado.</translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 for %3? [y/N]</source>
        <translation>Comprar um número de %1 em %2 por %3? [s/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Not bought.</source>
        <translation>Não comprado.</translation>
    </message>
    <message>
        <source>Charged %1, not the %2 listed.</source>
        <translation>Cobrado %1, não os %2 listados.</translation>
    </message>
    <message>
        <source>Not bought (nothing was charged):</source>
        <translation>Não comprado (nada foi cobrado):</translation>
    </message>
    <message>
        <source>Not bought:</source>
        <translation>Não comprado:</translation>
    </message>
    <message>
        <source>No answer came to the purchase (%1). Checking your orders to learn whether it went through; it is not sent again…</source>
        <translation>Nenhuma resposta à compra (%1). Verificando seus pedidos para saber se ela foi concluída; ela não é reenviada…</translation>
    </message>
    <message>
        <source>No number was bought: for a minute your orders showed no new one. If one appears later, n1sms orders will show it.</source>
        <translation>Nenhum número foi comprado: durante um minuto seus pedidos não mostraram nenhum novo. Se aparecer um mais tarde, n1sms orders o mostrará.</translation>
    </message>
    <message>
        <source>Could not learn whether the number was bought (%1). Check with &quot;n1sms orders&quot; before buying again.</source>
        <translation>Não foi possível saber se o número foi comprado (%1). Verifique com “n1sms orders” antes de comprar de novo.</translation>
    </message>
    <message>
        <source>The session ended while the number was being bought. Check with &quot;n1sms orders&quot; before buying again.</source>
        <translation>A sessão terminou enquanto o número era comprado. Verifique com “n1sms orders” antes de comprar de novo.</translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation>Comprando um número de %1 em %2…</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Order %1 ended without a code (%2); its price is refunded.</source>
        <translation>O pedido %1 terminou sem código (%2); o valor é reembolsado.</translation>
    </message>
    <message>
        <source>Order %1 ended without a code (%2).</source>
        <translation>O pedido %1 terminou sem código (%2).</translation>
    </message>
    <message>
        <source>Could not check the orders (%1); trying again at %2.</source>
        <translation>Não foi possível verificar os pedidos (%1); nova tentativa às %2.</translation>
    </message>
    <message>
        <source>No code came for order %1 within %2 s. It may still come: n1sms wait %1 waits again.</source>
        <translation>Nenhum código chegou para o pedido %1 em %2 s. Ainda pode chegar: n1sms wait %1 espera de novo.</translation>
    </message>
    <message>
        <source>Waiting for the SMS code…</source>
        <translation>Aguardando o código SMS…</translation>
    </message>
    <message>
        <source>No order %1 among your %2 most recent orders.</source>
        <translation>Nenhum pedido %1 entre seus %2 pedidos mais recentes.</translation>
    </message>
    <message>
        <source>Waiting for the SMS code of order %1…</source>
        <translation>Aguardando o código SMS do pedido %1…</translation>
    </message>
    <message>
        <source>Could not load your orders:</source>
        <translation>Não foi possível carregar seus pedidos:</translation>
    </message>
    <message>
        <source>Page %1 of %2.</source>
        <translation>Página %1 de %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 is refunded.</source>
        <translation>Pedido %1 cancelado; %2 é reembolsado.</translation>
    </message>
    <message>
        <source>This server does not offer cancelling; an order without a code is refunded when its time runs out.</source>
        <translation>Este servidor não permite cancelar; um pedido sem código é reembolsado quando o tempo acaba.</translation>
    </message>
    <message>
        <source>Order %1 was not cancelled:</source>
        <translation>O pedido %1 não foi cancelado:</translation>
    </message>
    <message>
        <source>No orders to show.</source>
        <translation>Nenhum pedido para mostrar.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>CUSTO</translation>
    </message>
    <message>
        <source>BOUGHT</source>
        <translation>COMPRADO EM</translation>
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
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A password is never taken on the command line, where other users and the shell&apos;s history could see it: use --password-stdin, or the N1SMS_PASSWORD variable.</source>
        <translation>Uma senha nunca é aceita na linha de comando, onde outros usuários e o histórico do shell poderiam vê-la: use --password-stdin ou a variável N1SMS_PASSWORD.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--wait espera um número de segundos, não “%1”.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 precisa de um valor.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 não aceita valor.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opção desconhecida: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconhecido: %1</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 não aceita --%2.</translation>
    </message>
    <message>
        <source>%1: an argument is missing.</source>
        <translation>%1: falta um argumento.</translation>
    </message>
    <message>
        <source>%1: too many arguments (%2).</source>
        <translation>%1: argumentos demais (%2).</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 aceita um destes: %2.</translation>
    </message>
    <message>
        <source>--max-price cannot be kept with --pricing best: the server may charge more than the listed price for it.</source>
        <translation>--max-price não pode ser garantido com --pricing best: o servidor pode cobrar mais do que o preço listado.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number above zero.</source>
        <translation>--%1 espera um número inteiro maior que zero.</translation>
    </message>
    <message>
        <source>%1 takes an order&apos;s number, such as 5008.</source>
        <translation>%1 espera o número de um pedido, como 5008.</translation>
    </message>
    <message>
        <source>n1sms login [--email EMAIL] [--password-stdin]
  Signs in and keeps the session in the system keychain, shared with the
  desktop app&apos;s &quot;Remember me&quot; for the same server. The password is asked
  for without echo on a terminal, or read from standard input.</source>
        <translation>n1sms login [--email EMAIL] [--password-stdin]
  Entra e guarda a sessão no chaveiro do sistema, compartilhada com o
  “Lembrar de mim” do aplicativo para o mesmo servidor. A senha é pedida sem
  eco num terminal, ou lida da entrada padrão.</translation>
    </message>
    <message>
        <source>n1sms logout
  Signs out on the server and forgets the session kept in the keychain.</source>
        <translation>n1sms logout
  Sai no servidor e esquece a sessão guardada no chaveiro.</translation>
    </message>
    <message>
        <source>n1sms balance
  The account&apos;s balance, in cedi and in dollars.</source>
        <translation>n1sms balance
  O saldo da conta, em cedi e em dólares.</translation>
    </message>
    <message>
        <source>n1sms services [SEARCH]
  The services numbers are sold for, or those whose name contains SEARCH.</source>
        <translation>n1sms services [SEARCH]
  Os serviços para os quais se vendem números, ou os que têm SEARCH no nome.</translation>
    </message>
    <message>
        <source>n1sms prices SERVICE [--country COUNTRY] [--in-stock]
             [--sort price|success|stock]
  The price, stock and success rate of SERVICE in each country.</source>
        <translation>n1sms prices SERVICE [--country COUNTRY] [--in-stock]
             [--sort price|success|stock]
  O preço, o estoque e a taxa de sucesso de SERVICE em cada país.</translation>
    </message>
    <message>
        <source>n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]
          [--yes] [--wait [SECONDS]]
  Buys one number, after a confirmation (--yes: none). Refused, with
  nothing sent, when the listed price is above --max-price. With --wait,
  waits for the SMS code (at most SECONDS) and prints it.</source>
        <translation>n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]
          [--yes] [--wait [SECONDS]]
  Compra um número, após uma confirmação (--yes: nenhuma). Recusado, sem
  enviar nada, se o preço listado passar de --max-price. Com --wait, aguarda
  o código SMS (no máximo SECONDS) e o mostra.</translation>
    </message>
    <message>
        <source>n1sms orders [--status active|completed|cancelled|expired|all] [--page N]
  Your orders: the active ones, or a page of the past ones.</source>
        <translation>n1sms orders [--status active|completed|cancelled|expired|all] [--page N]
  Seus pedidos: os ativos, ou uma página dos anteriores.</translation>
    </message>
    <message>
        <source>n1sms wait ORDER_ID [--timeout SECONDS]
  Waits for the SMS code of an order and prints it.</source>
        <translation>n1sms wait ORDER_ID [--timeout SECONDS]
  Aguarda o código SMS de um pedido e o mostra.</translation>
    </message>
    <message>
        <source>n1sms cancel ORDER_ID
  Cancels an order that has no code yet; its price is refunded.</source>
        <translation>n1sms cancel ORDER_ID
  Cancela um pedido que ainda não tem código; o valor é reembolsado.</translation>
    </message>
    <message>
        <source>n1sms help [COMMAND]
  What n1sms does, or what COMMAND does.</source>
        <translation>n1sms help [COMMAND]
  O que o n1sms faz, ou o que COMMAND faz.</translation>
    </message>
    <message>
        <source>Usage: n1sms [--base-url URL] [--json] [--quiet] COMMAND [ARGUMENTS]

Buy temporary numbers and receive SMS codes from the command line.

Commands:
</source>
        <translation>Uso: n1sms [--base-url URL] [--json] [--quiet] COMANDO [ARGUMENTOS]

Compre números temporários e receba códigos SMS pela linha de comando.

Comandos:
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
Opções de todos os comandos:
  --base-url URL  a API da N1SMS (ou N1SMS_BASE_URL); https, ou http neste computador
  --json          um documento JSON na saída padrão
  -q, --quiet     sem mensagens de progresso
  -h, --help      esta ajuda, ou a de um comando (n1sms buy --help)
  --version       a versão

SERVICE é um id ou um nome (maiúsculas e acentos não importam); COUNTRY é um id,
um código ISO (GH) ou um nome. Credenciais: a sessão guardada por “n1sms login”
ou pelo aplicativo; senão, N1SMS_EMAIL e N1SMS_PASSWORD.

Status de saída: 0 concluído; 1 o servidor recusou; 2 erro de uso ou
confirmação recusada; 3 problema de rede ou resultado desconhecido; 4 sem sessão
ou sessão encerrada; 5 desistiu de esperar um código.
</translation>
    </message>
    <message>
        <source>Try &quot;n1sms --help&quot;.</source>
        <translation>Tente “n1sms --help”.</translation>
    </message>
</context>
<context>
    <name>CountryPriceModel</name>
    <message>
        <source>Out of stock</source>
        <translation>Esgotado</translation>
    </message>
    <message>
        <source>No %1 numbers are on sale now.</source>
        <translation>Nenhum número à venda agora: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3), %n number(s) in stock</source>
        <translation>
            <numerusform>%1: %2 (%3), %n número em estoque</numerusform>
            <numerusform>%1: %2 (%3), %n números em estoque</numerusform>
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
        <translation>Preço (₵)</translation>
    </message>
    <message>
        <source>Price ($)</source>
        <translation>Preço ($)</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Em estoque</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>More than your balance of %1.</source>
        <translation>Mais que o seu saldo de %1.</translation>
    </message>
    <message>
        <source>You have not bought a number here yet, or none has ended.</source>
        <translation>Você ainda não comprou um número aqui, ou nenhum terminou.</translation>
    </message>
    <message>
        <source>Of the %1 numbers you bought here, %2 brought their code.</source>
        <translation>Dos %1 números que você comprou aqui, %2 receberam o código.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Column header: the user&apos;s own record (&quot;4 of 5&quot;) beside the server&apos;s success rate</extracomment>
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>Decode</name>
    <message>
        <source>The server&apos;s sign-in answer was refused: its token is too long (%L1 kB) to be sent with every request.</source>
        <translation>A resposta de login do servidor foi recusada: o token é longo demais (%L1 kB) para ser enviado em cada requisição.</translation>
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
        <translation>Ainda não há pedidos deste tipo</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Orders to show</source>
        <translation>Pedidos a mostrar</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todos os pedidos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirados</translation>
    </message>
    <message>
        <source>Search these orders…</source>
        <translation>Pesquisar nestes pedidos…</translation>
    </message>
    <message>
        <source>Search these orders</source>
        <translation>Pesquisar nestes pedidos</translation>
    </message>
    <message>
        <source>Service, country, number, code or status</source>
        <translation>Serviço, país, número, código ou status</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Pró&amp;xima</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>If you sign out, N1SMS stops watching them; they stay on your account, and one that expires without a code is refunded.</source>
        <translation>Se você sair, o N1SMS deixa de acompanhá-los; eles continuam na sua conta, e o que expirar sem código é reembolsado.</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Sair mesmo assim</translation>
    </message>
    <message>
        <source>If you quit, nobody watches them: a code that arrives shows only the next time you open N1SMS, and one that expires without a code is refunded.</source>
        <translation>Se você fechar, ninguém os acompanha: um código que chegar só aparece na próxima vez que abrir o N1SMS, e o que expirar sem código é reembolsado.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Fechar mesmo assim</translation>
    </message>
    <message>
        <source>Numbers still waiting</source>
        <translation>Números ainda aguardando</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ficar</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Sign in to N1SMS</source>
        <translation>Entrar no N1SMS</translation>
    </message>
    <message>
        <source>Buy a number, receive the code.</source>
        <translation>Compre um número, receba o código.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@exemplo.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Fill in the &amp;demo account</source>
        <translation>Preencher com a conta de &amp;demonstração</translation>
    </message>
    <message>
        <source>Fill in the demo account</source>
        <translation>Preencher com a conta de demonstração</translation>
    </message>
    <message>
        <source>Enter the email address of your N1SMS account.</source>
        <translation>Digite o e-mail da sua conta N1SMS.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Nothing here is real and no money is spent.&lt;br&gt;Email: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Password: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modo de demonstração.&lt;/b&gt; Nada aqui é real e nenhum dinheiro é gasto.&lt;br&gt;E-mail: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Senha: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Lembrar de mim neste computador</translation>
    </message>
    <message>
        <source>Keeps you signed in between runs. The sign-in is kept in the system keychain, never in a file.</source>
        <translation>Mantém você conectado entre as execuções. O login fica no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Sho&amp;w password</source>
        <translation>&amp;Mostrar senha</translation>
    </message>
    <message>
        <source>New here? Create an a&amp;ccount</source>
        <translation>Novo por aqui? Crie uma c&amp;onta</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Entrando como %1…</translation>
    </message>
    <message>
        <source>This session ends when N1SMS closes: nothing is kept.</source>
        <translation>Esta sessão termina quando o N1SMS fecha: nada é guardado.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About N1SMS</source>
        <translation>&amp;Sobre o N1SMS</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>The app&apos;s version, the server&apos;s address and the last lines of its log, for support: nothing secret.</source>
        <translation>A versão do aplicativo, o endereço do servidor e as últimas linhas do registro, para o suporte: nada secreto.</translation>
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
        <translation>Código do %1 para %2: %3</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>&amp;Active orders</source>
        <translation>&amp;Pedidos ativos</translation>
    </message>
    <message>
        <source>No code has arrived yet.</source>
        <translation>Nenhum código chegou ainda.</translation>
    </message>
    <message>
        <source>Copied the %1 code %2.</source>
        <translation>Código do %1 copiado: %2.</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Conectado novamente.</translation>
    </message>
    <message>
        <source>N1SMS demo: nothing is real</source>
        <translation>Demonstração do N1SMS: nada é real</translation>
    </message>
    <message>
        <source>No web browser could be opened. Top up your account at %1</source>
        <translation>Nenhum navegador pôde ser aberto. Recarregue sua conta em %1</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>&amp;Order book</source>
        <translation>Li&amp;vro</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>Vigilâncias</translation>
    </message>
    <message>
        <source>Watching: %1.</source>
        <translation>Vigiando: %1.</translation>
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
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>The order book could not be opened: %1</source>
        <translation>Não foi possível abrir o livro de pedidos: %1</translation>
    </message>
    <message>
        <source>The order book %1 was written by a newer version of N1SMS Desktop; it is left as it is and not used in this run.</source>
        <translation>O livro de pedidos %1 foi escrito por uma versão mais recente do N1SMS Desktop; fica como está e não é usado nesta execução.</translation>
    </message>
    <message>
        <source>The order book could not be read. It was moved aside to %1 and a new one started; nothing in it was deleted.</source>
        <translation>Não foi possível ler o livro de pedidos. Ele foi posto de lado como %1 e um novo foi iniciado; nada nele foi apagado.</translation>
    </message>
</context>
<context>
    <name>OrderBookModel</name>
    <message>
        <source>%1 (no longer listed by the server)</source>
        <translation>%1 (o servidor não o lista mais)</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write on it</source>
        <translation>Clique duas vezes ou pressione F2 para escrever</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
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
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
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
        <translation>Buscar rótulos, notas, números, serviços, países…</translation>
    </message>
    <message>
        <source>Search the order book</source>
        <translation>Buscar no livro de pedidos</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>Números por</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>Estat&amp;ísticas</translation>
    </message>
    <message>
        <source>What you spent and how often a number brought its code, by month, service and country</source>
        <translation>O que você gastou e quantos números receberam o código, por mês, serviço e país</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the orders shown as CSV or JSON</source>
        <translation>Salvar os pedidos mostrados como CSV ou JSON</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Livro de pedidos</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copiar &amp;detalhes</translation>
    </message>
    <message>
        <source>Copy everything support needs about this order (nothing secret)</source>
        <translation>Copiar tudo o que o suporte precisa sobre este pedido (nada secreto)</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Suas estatísticas</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n number(s) bought, %1 spent.</source>
        <translation>
            <numerusform>No total: %n número comprado, %1 gasto.</numerusform>
            <numerusform>No total: %n números comprados, %1 gastos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n number(s) bought, %1 spent; %2 brought their code.</source>
        <translation>
            <numerusform>No total: %n número comprado, %1 gasto; %2 receberam o código.</numerusform>
            <numerusform>No total: %n números comprados, %1 gastos; %2 receberam o código.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an order to copy its details or try it again.</source>
        <translation>Escolha um pedido para copiar seus detalhes ou tentar de novo.</translation>
    </message>
    <message>
        <source>Buy again and Try another country are for orders that ended without a code.</source>
        <translation>Comprar novamente e Tentar outro país são para pedidos que terminaram sem código.</translation>
    </message>
    <message>
        <source>A purchase is under way.</source>
        <translation>Há uma compra em andamento.</translation>
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
        <translation>Por mês</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Por serviço</translation>
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
        <translation>CSV para planilhas (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The cheapest country in stock</source>
        <translation>O país em estoque mais barato</translation>
    </message>
    <message>
        <source>The country that worked best for you</source>
        <translation>O país que funcionou melhor para você</translation>
    </message>
    <message>
        <source>The same service in the next country in stock: the cheapest, or (from the menu) the one where your numbers brought their code most often</source>
        <translation>O mesmo serviço no próximo país em estoque: o mais barato ou (pelo menu) aquele em que seus números receberam o código com mais frequência</translation>
    </message>
    <message>
        <source>The same service in the same country, asked first</source>
        <translation>O mesmo serviço no mesmo país, após confirmar</translation>
    </message>
    <message>
        <source>Try another count&amp;ry</source>
        <translation>Tentar ou&amp;tro país</translation>
    </message>
    <message>
        <source>Buy agai&amp;n</source>
        <translation>Comprar &amp;novamente</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>Waiting for SMS</source>
        <translation>Aguardando SMS</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>Código recebido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Charged %1; the price confirmed was %2.</source>
        <translation>Cobrado %1; o preço confirmado era %2.</translation>
    </message>
    <message>
        <source>%1 · %2 refunded</source>
        <translation>%1 · %2 reembolsado</translation>
    </message>
    <message>
        <source>code at %1</source>
        <translation>código às %1</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1 (não %2)</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled.</source>
        <translation>Este pedido não pode mais ser cancelado.</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled: %1</source>
        <translation>Este pedido não pode mais ser cancelado: %1</translation>
    </message>
    <message>
        <source>The server refused to cancel it: %1</source>
        <translation>O servidor recusou o cancelamento: %1</translation>
    </message>
    <message>
        <source>Cancel this order and get %1 back.</source>
        <translation>Cancelar este pedido e receber %1 de volta.</translation>
    </message>
    <message>
        <source>Cancelling becomes possible in %1, until the SMS arrives.</source>
        <translation>O cancelamento será possível em %1, até o SMS chegar.</translation>
    </message>
    <message>
        <source>Cancelling becomes possible two minutes after purchase, once the server allows it, until the SMS arrives.</source>
        <translation>O cancelamento fica possível dois minutos após a compra, quando o servidor permitir, até o SMS chegar.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Seus pedidos</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copiar nú&amp;mero</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
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
        <translation>Cancelar o pedido</translation>
    </message>
    <message>
        <source>Cancel the %1 number %2? %3 goes back to your balance; the number cannot be used again.</source>
        <translation>Cancelar o número de %1 %2? %3 volta para o seu saldo; o número não poderá ser usado de novo.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Cance&amp;lar pedido</translation>
    </message>
    <message>
        <source>Buy aga&amp;in</source>
        <translation>Comprar &amp;de novo</translation>
    </message>
    <message>
        <source>The same service in the same country, asked first</source>
        <translation>O mesmo serviço no mesmo país, após confirmar</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>Could not refresh the orders: %1</source>
        <translation>Não foi possível atualizar os pedidos: %1</translation>
    </message>
    <message>
        <source>Your waiting orders could not be checked twice in a row: %1 Next try at %2.</source>
        <translation>Não foi possível verificar seus pedidos em espera duas vezes seguidas: %1 Próxima tentativa às %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation>Pedido %1 cancelado; %2 reembolsado.</translation>
    </message>
    <message>
        <source>The %1 number %2 expired without a code; %3 was refunded.</source>
        <translation>O número de %1 %2 expirou sem código; %3 foi reembolsado.</translation>
    </message>
    <message>
        <source>The %1 number %2 was cancelled; %3 was refunded.</source>
        <translation>O número de %1 %2 foi cancelado; %3 foi reembolsado.</translation>
    </message>
    <message>
        <source>The %1 number %2 is no longer waiting (%3).</source>
        <translation>O número de %1 %2 não está mais aguardando (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) still waiting for a code: %1.</source>
        <translation>
            <numerusform>%n número ainda aguardando um código: %1.</numerusform>
            <numerusform>%n números ainda aguardando um código: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n order(s) that could not be read (a number beyond reason, or a part missing); they are not shown. Check your orders on the N1SMS website before buying again.</source>
        <translation>
            <numerusform>O servidor enviou %n pedido ilegível (um número absurdo, ou uma parte faltando); ele não é mostrado. Verifique seus pedidos no site da N1SMS antes de comprar de novo.</numerusform>
            <numerusform>O servidor enviou %n pedidos ilegíveis (um número absurdo, ou uma parte faltando); eles não são mostrados. Verifique seus pedidos no site da N1SMS antes de comprar de novo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceTableWidget</name>
    <message>
        <source>Choose a service to see its prices by country.</source>
        <translation>Escolha um serviço para ver os preços por país.</translation>
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
        <translation>Preços por país</translation>
    </message>
    <message>
        <source>&amp;Buy number</source>
        <translation>Compra&amp;r número</translation>
    </message>
    <message>
        <source>Buy number</source>
        <translation>Comprar número</translation>
    </message>
    <message>
        <source>%1 numbers by country</source>
        <translation>Números do %1 por país</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Comprando…</translation>
    </message>
    <message>
        <source>&amp;Get the</source>
        <translation>&amp;Obter o</translation>
    </message>
    <message>
        <source>Pricing option</source>
        <translation>Opção de preço</translation>
    </message>
    <message>
        <source>Which number the server picks for you in the chosen country</source>
        <translation>Qual número o servidor escolhe para você no país escolhido</translation>
    </message>
    <message>
        <source>cheapest number</source>
        <translation>número mais barato</translation>
    </message>
    <message>
        <source>best success rate</source>
        <translation>melhor taxa de sucesso</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>Mostrar todos os países</translation>
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
        <translation>Nenhum país tem números em estoque.</translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Nenhum país corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>Recarregar…</translation>
    </message>
    <message>
        <source>Opens the service&apos;s website, where deposits are made</source>
        <translation>Abre o site do serviço, onde são feitos os depósitos</translation>
    </message>
    <message>
        <source>In stoc&amp;k only</source>
        <translation>Só em &amp;estoque</translation>
    </message>
    <message>
        <source>Tells you when this country is in stock, or cheaper</source>
        <translation>Avisa quando este país tiver estoque, ou ficar mais barato</translation>
    </message>
    <message>
        <source>Buys one number from the best countries within a price you set, trying the next when one fails</source>
        <translation>Compra um número nos melhores países dentro de um preço que você define, tentando o próximo se um falhar</translation>
    </message>
    <message>
        <source>Watch…</source>
        <translation>Vigiar…</translation>
    </message>
    <message>
        <source>Buy best…</source>
        <translation>Comprar o melhor…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>Watch… and Buy best…</source>
        <translation>Vigiar… e Comprar o melhor…</translation>
    </message>
</context>
<context>
    <name>PurchaseConfirmation</name>
    <message>
        <source>Buy a number</source>
        <translation>Comprar um número</translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 (%3) for %4?</source>
        <translation>Comprar um número de %1 em %2 (%3) por %4?</translation>
    </message>
    <message>
        <source>The server picks the cheapest number.</source>
        <translation>O servidor escolhe o número mais barato.</translation>
    </message>
    <message>
        <source>Balance after purchase: %1</source>
        <translation>Saldo após a compra: %1</translation>
    </message>
    <message>
        <source>Buy for %1</source>
        <translation>Comprar por %1</translation>
    </message>
    <message>
        <source>The server picks the number with the best success rate. It may cost more than the listed price; you will be told what it cost.</source>
        <translation>O servidor escolhe o número com a melhor taxa de sucesso. Ele pode custar mais que o preço listado; você saberá quanto custou.</translation>
    </message>
    <message>
        <source>Balance after purchase at the listed price: %1</source>
        <translation>Saldo após a compra pelo preço listado: %1</translation>
    </message>
</context>
<context>
    <name>PurchaseController</name>
    <message>
        <source>Loading services…</source>
        <translation>Carregando serviços…</translation>
    </message>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation>Não foi possível carregar os serviços: %1</translation>
    </message>
    <message>
        <source>Loading prices… page %1 of %2</source>
        <translation>Carregando preços… página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(s). Double-click a country or press Enter to buy.</source>
        <translation>
            <numerusform>%n país. Clique duas vezes em um país ou pressione Enter para comprar.</numerusform>
            <numerusform>%n países. Clique duas vezes em um país ou pressione Enter para comprar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prices for %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar os preços de %1: %2</translation>
    </message>
    <message>
        <source>Prices as of %1; refreshing…</source>
        <translation>Preços de %1; atualizando…</translation>
    </message>
    <message>
        <source>Loading prices…</source>
        <translation>Carregando preços…</translation>
    </message>
    <message>
        <source>No numbers are in stock for %1 right now.</source>
        <translation>Não há números em estoque para %1 agora.</translation>
    </message>
    <message>
        <source>Your balance (%1) is not enough for this number (%2). Top up your account first.</source>
        <translation>Seu saldo (%1) não é suficiente para este número (%2). Recarregue sua conta primeiro.</translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation>Comprando um número de %1 em %2…</translation>
    </message>
    <message>
        <source>Bought %1 for %2. Waiting for the SMS…</source>
        <translation>%1 comprado para %2. Aguardando o SMS…</translation>
    </message>
    <message>
        <source>Your session ended before the number was bought: it was not bought and you were not charged. Sign in again, then buy it if you still want it.</source>
        <translation>Sua sessão terminou antes de o número ser comprado: ele não foi comprado e nada foi cobrado. Entre novamente e compre-o se ainda quiser.</translation>
    </message>
    <message>
        <source>%1 Nothing was bought; you were not charged.</source>
        <translation>%1 Nada foi comprado; nada foi cobrado.</translation>
    </message>
    <message>
        <source>No answer came to the purchase. Checking whether the purchase went through…</source>
        <translation>A compra ficou sem resposta. Verificando se a compra foi concluída…</translation>
    </message>
    <message>
        <source>No order was made: a minute after the purchase, your orders show no new number. If one appears later, it will show here.</source>
        <translation>Nenhum pedido foi feito: um minuto após a compra, seus pedidos não mostram nenhum número novo. Se um aparecer depois, ele será mostrado aqui.</translation>
    </message>
    <message>
        <source>The session ended while a number was being bought. Look in Active orders before buying it again.</source>
        <translation>A sessão terminou enquanto um número era comprado. Veja em Pedidos ativos antes de comprá-lo de novo.</translation>
    </message>
    <message>
        <source>Could not confirm whether the purchase went through (%1). Check your orders before buying again.</source>
        <translation>Não foi possível confirmar se a compra foi concluída (%1). Verifique seus pedidos antes de comprar de novo.</translation>
    </message>
    <message>
        <source>%1 code for %2: %3</source>
        <translation>Código do %1 para %2: %3</translation>
    </message>
    <message>
        <source>Charged %1, not the %2 you confirmed.</source>
        <translation>Cobrado %1, não os %2 que você confirmou.</translation>
    </message>
    <message>
        <source>Charged %1, less than the %2 you confirmed.</source>
        <translation>Cobrado %1, menos que os %2 que você confirmou.</translation>
    </message>
    <message>
        <source>The best-success-rate option costs more.</source>
        <translation>A opção de melhor taxa de sucesso custa mais.</translation>
    </message>
    <message>
        <source>Bought %1 for %2. %3 Waiting for the SMS…</source>
        <translation>%1 comprado para %2. %3 Aguardando o SMS…</translation>
    </message>
    <message>
        <source>The services could not be loaded.</source>
        <translation>Não foi possível carregar os serviços.</translation>
    </message>
    <message>
        <source>The prices could not be loaded.</source>
        <translation>Não foi possível carregar os preços.</translation>
    </message>
    <message>
        <source>Looking for a %1 number…</source>
        <translation>Procurando um número de %1…</translation>
    </message>
    <message>
        <source>%1 numbers are no longer offered in that country.</source>
        <translation>Números de %1 não são mais oferecidos nesse país.</translation>
    </message>
    <message>
        <source>No other country has %1 numbers in stock right now.</source>
        <translation>Nenhum outro país tem números de %1 em estoque agora.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n price(s) for %1 that could not be read; those countries are not shown.</source>
        <translation>
            <numerusform>O servidor enviou %n preço ilegível para %1; esse país não é mostrado.</numerusform>
            <numerusform>O servidor enviou %n preços ilegíveis para %1; esses países não são mostrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseRules</name>
    <message>
        <source>The server lists %1 at %2, which is not a real price, so this number cannot be bought. Refresh the prices or choose another country.</source>
        <translation>O servidor indica %1 a %2, o que não é um preço real, então este número não pode ser comprado. Atualize os preços ou escolha outro país.</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <source>Create your N1SMS account</source>
        <translation>Crie sua conta N1SMS</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@exemplo.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>+233 24 123 4567</source>
        <translation>+55 11 91234-5678</translation>
    </message>
    <message>
        <source>Phone number with country code</source>
        <translation>Número de telefone com o código do país</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Pelo menos 8 caracteres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Con&amp;firmar</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirme a senha</translation>
    </message>
    <message>
        <source>&amp;Referral code</source>
        <translation>Código de &amp;indicação</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation>Código de indicação (opcional)</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>Criar &amp;conta</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>Já tenho uma conta: ent&amp;rar</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>As duas senhas não são iguais.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Criando sua conta…</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>Sho&amp;w the password</source>
        <translation>&amp;Mostrar a senha</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use pelo menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Enter the password for &lt;b&gt;%2&lt;/b&gt; to carry on where you were.</source>
        <translation>%1&lt;br&gt;Digite a senha de &lt;b&gt;%2&lt;/b&gt; para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
</context>
<context>
    <name>ServerFeatures</name>
    <message>
        <source>This server does not offer cancelling; an order without a code is refunded when its time runs out.</source>
        <translation>Este servidor não permite cancelar; um pedido sem código é reembolsado quando o tempo acaba.</translation>
    </message>
    <message>
        <source>This server does not offer reading one order; orders are followed through the order list.</source>
        <translation>Este servidor não permite ler um pedido isolado; os pedidos são acompanhados pela lista de pedidos.</translation>
    </message>
    <message>
        <source>This server does not offer signing out remotely: the session was forgotten on this computer and ends on the server when it expires.</source>
        <translation>Este servidor não permite sair remotamente: a sessão foi esquecida neste computador e termina no servidor quando expirar.</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <source>%1 (service %2)</source>
        <translation>%1 (serviço %2)</translation>
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
        <translation>&amp;Serviço</translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation>Buscar serviços…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Buscar serviços</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Popular services</source>
        <translation>Serviços populares</translation>
    </message>
    <message>
        <source>Add the chosen service to your favourites (Ctrl+D)</source>
        <translation>Adicionar o serviço escolhido aos favoritos (Ctrl+D)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Show the prices for %1</source>
        <translation>Mostrar os preços do %1</translation>
    </message>
    <message>
        <source>Remove from your favourites (Ctrl+D)</source>
        <translation>Remover dos favoritos (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add to your favourites (Ctrl+D)</source>
        <translation>Adicionar aos favoritos (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your account is created. Verify your phone number as the message from N1SMS asks, then sign in here.</source>
        <translation>Sua conta foi criada. Verifique seu número de telefone como pede a mensagem do N1SMS e depois entre aqui.</translation>
    </message>
    <message>
        <source>Your account is created. You can sign in now.</source>
        <translation>Sua conta foi criada. Você já pode entrar.</translation>
    </message>
    <message>
        <source>You will stay signed in only until N1SMS closes: %1</source>
        <translation>Você só ficará conectado até o N1SMS ser fechado: %1</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Sua sessão terminou.</translation>
    </message>
    <message>
        <source>Your balance could not be loaded: %1</source>
        <translation>Não foi possível carregar seu saldo: %1</translation>
    </message>
    <message>
        <source>Now using %1. Sign in to your account there.</source>
        <translation>Agora usando %1. Entre na sua conta nesse servidor.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Padrão</translation>
    </message>
    <message>
        <source>Use the N1SMS production server</source>
        <translation>Usar o servidor de produção do N1SMS</translation>
    </message>
    <message>
        <source>Use the default server</source>
        <translation>Usar o servidor padrão</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
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
        <translation>&amp;Cores</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a code arrives</source>
        <translation>Mostrar uma &amp;notificação quando um código chegar</translation>
    </message>
    <message>
        <source>Clear the clipboard</source>
        <translation>Limpar a área de transferência</translation>
    </message>
    <message>
        <source>Numbers and codes copied by N1SMS are removed from the clipboard after this time, unless something else has been copied since.</source>
        <translation>Números e códigos copiados pelo N1SMS são removidos da área de transferência após esse tempo, a menos que outra coisa tenha sido copiada nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Check waiting orders &amp;every</source>
        <translation>&amp;Verificar pedidos em espera a cada</translation>
    </message>
    <message>
        <source>Check waiting orders every</source>
        <translation>Verificar pedidos em espera a cada</translation>
    </message>
    <message>
        <source>Less often when the window is hidden. The server allows 60 requests a minute.</source>
        <translation>Com menos frequência quando a janela está oculta. O servidor aceita 60 solicitações por minuto.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>As do sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claras</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuras</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s)</source>
        <translation>
            <numerusform>Após %n segundo</numerusform>
            <numerusform>Após %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Após %n minuto</numerusform>
            <numerusform>Após %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Changing the server signs you out.</source>
        <translation>Trocar de servidor encerra sua sessão.</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (plain http:// only for this computer), such as %1.</source>
        <translation>Digite um endereço que comece com https:// (http:// simples só para este computador), como %1.</translation>
    </message>
    <message>
        <source>Cop&amp;y the number when a purchase succeeds</source>
        <translation>Copiar o nú&amp;mero após uma compra</translation>
    </message>
    <message>
        <source>Clea&amp;r the clipboard</source>
        <translation>&amp;Limpar a área de transferência</translation>
    </message>
    <message>
        <source>Watches look at prices e&amp;very</source>
        <translation>As vi&amp;gilâncias olham os preços a cada</translation>
    </message>
    <message>
        <source>Watches look at prices every</source>
        <translation>As vigilâncias olham os preços a cada</translation>
    </message>
    <message>
        <source>One price list per watched service each time, whatever the number of watches.</source>
        <translation>Uma lista de preços por serviço vigiado a cada vez, qualquer que seja o número de vigilâncias.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>N1SMS: no order is waiting</source>
        <translation>N1SMS: nenhum pedido em espera</translation>
    </message>
    <message>
        <source>%1 code for %2: %3. Click to copy it.</source>
        <translation>Código do %1 para %2: %3. Clique para copiar.</translation>
    </message>
    <message>
        <source>Your %1 code: %2</source>
        <translation>Seu código do %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>N1SMS: %n order(s) waiting for an SMS</source>
        <translation>
            <numerusform>N1SMS: %n pedido aguardando SMS</numerusform>
            <numerusform>N1SMS: %n pedidos aguardando SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show N1SMS</source>
        <translation>&amp;Mostrar o N1SMS</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar o código</translation>
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
        <translation>Apagar o texto</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>The server asked the app to wait.</source>
        <translation>O servidor pediu ao aplicativo que esperasse.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Change the watch</source>
        <translation>Alterar a vigilância</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Vigiar %1</translation>
    </message>
    <message>
        <source>Tell me when a %1 number…</source>
        <translation>Avise-me quando um número de %1…</translation>
    </message>
    <message>
        <source>in %1 is in stock</source>
        <translation>em %1 estiver em estoque</translation>
    </message>
    <message>
        <source>in %1 costs at most</source>
        <translation>em %1 custar no máximo</translation>
    </message>
    <message>
        <source>Highest price in %1, in cedi</source>
        <translation>Preço máximo em %1, em cedi</translation>
    </message>
    <message>
        <source>in any country costs at most</source>
        <translation>em qualquer país custar no máximo</translation>
    </message>
    <message>
        <source>Highest price in any country, in cedi</source>
        <translation>Preço máximo em qualquer país, em cedi</translation>
    </message>
    <message>
        <source>with a success rate of at least</source>
        <translation>com taxa de sucesso de pelo menos</translation>
    </message>
    <message>
        <source>Lowest success rate, in percent</source>
        <translation>Taxa de sucesso mínima, em porcentagem</translation>
    </message>
    <message>
        <source>When it happens, ask me to buy it (the usual confirmation)</source>
        <translation>Quando acontecer, pedir que eu o compre (a confirmação de sempre)</translation>
    </message>
    <message>
        <source>While you are signed in, the app looks at the prices now and then (Settings says how often) and a notification says when. Nothing is bought without your yes.</source>
        <translation>Enquanto você estiver conectado, o aplicativo olha os preços de vez em quando (as Configurações dizem com que frequência) e uma notificação avisa. Nada é comprado sem o seu sim.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigiar</translation>
    </message>
    <message>
        <source>Type a price in cedi, such as 4.50.</source>
        <translation>Digite um preço em cedi, como 4.50.</translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message>
        <source>at most %1</source>
        <translation>no máximo %1</translation>
    </message>
    <message>
        <source>at least %1 % success</source>
        <translation>pelo menos %1 % de sucesso</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Em estoque</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>qualquer país</translation>
    </message>
    <message>
        <source>%1 in %2, when in stock</source>
        <translation>%1 em %2, quando houver estoque</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 em %2, %3</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <source>Notify and ask to buy</source>
        <translation>Avisar e propor a compra</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Avisar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Met: %1 at %2</source>
        <translation>Atendida: %1 a %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Então</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
</context>
<context>
    <name>WatchesPanel</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Alterar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Show &amp;prices</source>
        <translation>Ver os &amp;preços</translation>
    </message>
    <message>
        <source>No watch yet. Choose a service and a country, then Watch… to be told when it is in stock or costs less.</source>
        <translation>Nenhuma vigilância ainda. Escolha um serviço e um país e depois Vigiar… para saber quando houver estoque ou custar menos.</translation>
    </message>
    <message>
        <source>Paused until %1: %2</source>
        <translation>Em pausa até %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The prices are looked at every %n second(s) while you are signed in.</source>
        <translation>
            <numerusform>Os preços são olhados a cada %n segundo enquanto você estiver conectado.</numerusform>
            <numerusform>Os preços são olhados a cada %n segundos enquanto você estiver conectado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Buy temporary numbers and receive SMS codes.</source>
        <translation>Compre números temporários e receba códigos SMS.</translation>
    </message>
    <message>
        <source>Run against a built-in sandbox server with a demo account.</source>
        <translation>Usar um servidor de testes embutido com uma conta de demonstração.</translation>
    </message>
    <message>
        <source>The N1SMS API to use.</source>
        <translation>A API do N1SMS a usar.</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation>O endereço do servidor deve ser uma URL https:// (http:// simples só para este computador): %1</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running but does not answer. Wait a moment and try again, or end the running one first.</source>
        <translation>O N1SMS Desktop já está aberto, mas não responde. Aguarde um momento e tente de novo, ou feche primeiro o que está aberto.</translation>
    </message>
</context>
</TS>
