<#-- Shared parts of the plain-text emails (no escaping: this is text, not markup). -->
<#assign gap = msg("sentence.gap")>
<#macro page>
${msg("heading." + kind)}

${msg("greeting", customerName)}

<#nested>
${msg("support.email", supportEmail)}<#if supportPhone??>${gap}${msg("support.phone", supportPhone)}</#if>

${msg("signoff")}
${senderName}

--
${msg("footer.reason", senderName, orderNumber)}
<#list senderAddress as line>
${line}
</#list>
</#macro>

<#macro orderNumberLine>
<#if lineEnding??>${msg("order.lineWithEnding", orderNumber, lineEnding)}<#else>${msg("order.line", orderNumber)}</#if>

</#macro>

<#-- The activation code: only the CODE_* templates call this, and only their model has these values. -->
<#macro code>
<#if codeKind == "ESIM_PROFILE">
== ${msg("code.esim.heading")} ==

${msg("code.esim.manualText")}

${msg("code.esim.smdp")}
    ${smdpAddress}
${msg("code.esim.matchingId")}
    ${matchingId}
${msg("code.esim.full")}
    ${activationCode}

<#if confirmationRequired>
${msg("code.esim.confirmation")}

</#if>
${msg("code.esim.once")}

<#else>
== ${msg("code.voucher.heading")} ==

    ${pin}

${msg("code.voucher.use")}
${msg("code.voucher.once")}

</#if>
</#macro>

<#macro letterStillInThePost>
== ${msg("letter.heading")} ==

<#nested>${gap}${msg("letter.sameCode")}
</#macro>

<#macro trackingAndDelivery>
<#if trackingNumber??>
${msg("tracking.number", trackingNumber)}
<#if trackingUrl??>
${msg("tracking.link")}: ${trackingUrl}
</#if>
<#else>
${msg("tracking.none")}
</#if>

${msg("delivery.window", deliveryFrom, deliveryTo)}${gap}${msg("delivery.late")}

</#macro>
