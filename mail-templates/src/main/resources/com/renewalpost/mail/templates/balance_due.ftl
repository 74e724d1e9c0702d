<#-- A post order paid short: please send the balance. Never a code here: the model of this email has none. -->
<#import "layout.ftl" as layout>
<@layout.page>
${msg("balance.intro", productName, paid, price)}

<@layout.orderNumberLine/>
${msg("balance.due", due)}

${msg("balance.how", due, senderName)}
<#list senderAddress as line>
    ${line}
</#list>

${msg("balance.then")}

</@layout.page>
