<#-- Code by email because the plan expires before the letter can arrive. -->
<#import "layout.ftl" as layout>
<@layout.page>
${msg("atrisk.intro", planExpiresOn, productName)}

<@layout.orderNumberLine/>
<@layout.code/>
<@layout.letterStillInThePost><#if postedOn??>${msg("letter.postedOn", postedOn)}<#else>${msg("letter.notYetPosted")}</#if></@layout.letterStillInThePost>
</@layout.page>
