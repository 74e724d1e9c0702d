<#-- Code by email because the letter is late. -->
<#import "layout.ftl" as layout>
<@layout.page>
${msg("delayed.intro", productName, postedOn)}

<@layout.orderNumberLine/>
<@layout.code/>
<@layout.letterStillInThePost>${msg("letter.delayed")}<#if trackingNumber??>${layout.gap}${msg("letter.tracking", trackingNumber)}</#if></@layout.letterStillInThePost>
</@layout.page>
