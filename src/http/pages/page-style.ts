/**
 * The only stylesheet, inlined so pages load no external asset. WCAG AA: #1e1e1e on white (16:1), white on
 * #000091 (15:1), links #000091 (15:1), error #ce0500 (5.9:1); 3 px focus outline; targets ≥ 44 px (2.5.5);
 * one column that reflows down to 320 px (1.4.10).
 */
export const PAGE_STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.125rem;
line-height:1.5;color:#1e1e1e;background:#fff;overflow-wrap:anywhere}
.skip{position:absolute;left:-999px;top:0;padding:.75rem 1rem;background:#fff;color:#000091}
.skip:focus{left:.5rem;top:.5rem;z-index:1}
header{border-bottom:4px solid #000091;padding:1rem}
header p{margin:0 auto;max-width:40rem;font-weight:700;font-size:1.25rem;color:#000091}
main{display:block;margin:0 auto;max-width:40rem;padding:1.5rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.375rem;line-height:1.3;margin:2rem 0 .75rem}
h3{font-size:1.125rem;line-height:1.4;margin:1.5rem 0 .5rem}
p{margin:0 0 1rem}
ul{margin:0 0 1rem;padding-left:1.5rem}
li{margin-bottom:.25rem}
a{color:#000091;text-decoration:underline}
:focus-visible{outline:3px solid #000091;outline-offset:3px}
dl{margin:0 0 1.5rem;padding:1rem;background:#f6f6f6;border-left:4px solid #000091}
dt{font-weight:700}
dd{margin:0 0 .75rem}
dd:last-child{margin-bottom:0}
fieldset{border:0;margin:0 0 1.5rem;padding:0}
legend,label{display:block;font-weight:700;margin-bottom:.5rem}
.choice{display:flex;align-items:center;gap:.75rem;min-height:44px;font-weight:400}
.choice input{width:1.5rem;height:1.5rem;margin:0;flex:none}
textarea{display:block;width:100%;min-height:8rem;padding:.75rem;font:inherit;color:inherit;
border:2px solid #3a3a3a;border-radius:4px;margin-bottom:1.5rem}
input{display:block;width:100%;min-height:48px;padding:.5rem .75rem;font:inherit;color:inherit;
border:2px solid #3a3a3a;border-radius:4px;margin-bottom:1rem}
pre{white-space:pre-wrap;font:inherit;font-size:1rem;margin:0 0 1rem;padding:1rem;border:1px solid #929292}
article{border-top:2px solid #000091;margin-top:2rem}
form{margin-bottom:1.5rem}
.hint{display:block;font-weight:400;color:#3a3a3a;font-size:1rem}
button{display:block;width:100%;min-height:48px;padding:.75rem 1.5rem;font:inherit;font-weight:700;
color:#fff;background:#000091;border:2px solid #000091;border-radius:4px;cursor:pointer}
button:hover{background:#1212ff;border-color:#1212ff}
.secondary{display:inline-flex;align-items:center;min-height:44px;margin-top:1rem}
.alert{border-left:4px solid #ce0500;color:#ce0500;background:#fff4f3;padding:1rem;margin:0 0 1.5rem;font-weight:700}
@media (min-width:36em){button{display:inline-block;width:auto}}
`;
