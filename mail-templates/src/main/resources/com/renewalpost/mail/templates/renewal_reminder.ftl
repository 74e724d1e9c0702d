<#-- Time to order the next renewal. Never a code here: the model of this email has none. -->
<#import "layout.ftl" as layout>
<@layout.page>
${msg(lastCall?then("reminder.introLast", "reminder.intro"), lineLastFour, nextExpiry, latestDay)}

${msg("reminder.byPost")}
<#if orderOnlineUrl??>
${msg("reminder.online")}: ${orderOnlineUrl}
</#if>

${msg("reminder.lastOrder", orderNumber, productName)}${layout.gap}${msg("reminder.alreadyOrdered")}

${msg("reminder.unsubscribe")}: ${unsubscribeUrl}

</@layout.page>
