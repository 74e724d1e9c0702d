<#-- A replacement after a lost or returned letter. Never a code here: the model of this email has none. -->
<#import "layout.ftl" as layout>
<@layout.page>
${msg("replacement.intro." + reason, productName, postedOn)}

<@layout.orderNumberLine/>
<@layout.trackingAndDelivery/>
${msg("replacement.original")}<#if reason == "RETURNED">${layout.gap}${msg("replacement.checkAddress")}</#if>

</@layout.page>
