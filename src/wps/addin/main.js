// Loaded by index.html, the page WPS 表格 opens for the add-in at startup (WPS-NOTES §1). document.write
// keeps the bundle a classic, synchronous script, so the callbacks ribbon.xml names are globals before
// WPS calls TiersOnLoad.
document.write('<script type="text/javascript" src="js/township-tiers.js"></script>');
