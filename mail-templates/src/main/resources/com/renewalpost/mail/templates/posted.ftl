<#-- The letter has been posted. Never a code here: the model of this email has none. -->
<#import "layout.ftl" as layout>
<@layout.page>
${msg("posted.intro", productName, postedOn)}

<@layout.orderNumberLine/>
<@layout.trackingAndDelivery/>
${msg("posted.onArrival")}

</@layout.page>
