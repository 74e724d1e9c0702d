<#-- The eSIM's confirmation code, apart from the letter (or code email) that carries the activation code. Never the activation code here: the model of this email has none. -->
<#import "layout.ftl" as layout>
<@layout.page>
${msg("confirmation.intro", productName)}

<@layout.orderNumberLine/>
== ${msg("confirmation.label")} ==

    ${confirmationCode}

${msg("confirmation.separate")}

${msg("confirmation.genuine")}

</@layout.page>
