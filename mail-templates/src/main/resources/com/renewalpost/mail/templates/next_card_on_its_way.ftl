<#-- A standing order has ordered the next card. Never a code here: the model of this email has none. -->
<#import "layout.ftl" as layout>
<@layout.page>
${msg("nextCard.intro", productName, planExpiresOn)}

<@layout.orderNumberLine/>
${msg("nextCard.cardBy", cardBy)}

${msg("nextCard.nothingToDo")}

</@layout.page>
