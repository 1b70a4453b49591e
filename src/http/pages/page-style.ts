/**
 * The only stylesheet, inlined so pages need no stylesheet request (about 6 KB). Patterns close to the French
 * State design system's (header band, blue buttons, bordered fields, left-bordered alerts), written here; no
 * Marianne font, no State logo. WCAG AA: #1e1e1e on white (16:1), white on #000091 (15:1), links #000091 (15:1),
 * error #ce0500 (5.9:1), success #18753c (5.6:1), hints #3a3a3a (11:1); 3 px focus outline; targets ≥ 44 px
 * (2.5.5); one column that reflows down to 320 px (1.4.10), two columns from 62em where a page asks for them.
 */
export const PAGE_STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.125rem;
line-height:1.5;color:#1e1e1e;background:#fff;overflow-wrap:anywhere;display:flex;flex-direction:column;min-height:100vh}
.skip{position:absolute;left:-999px;top:0;padding:.75rem 1rem;background:#fff;color:#000091}
.skip:focus{left:.5rem;top:.5rem;z-index:1}
.site-header{border-bottom:4px solid #000091;padding:.5rem 1rem}
.site-header .bar{margin:0 auto;max-width:62rem;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem}
.brand{font-weight:700;font-size:1.25rem;color:#000091;text-decoration:none;min-height:44px;display:inline-flex;align-items:center}
.brand small{display:block;font-weight:400;font-size:.875rem;color:#3a3a3a}
.site-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.site-nav li{margin:0}
.site-nav a,.site-nav button{display:inline-flex;align-items:center;min-height:44px;font-size:1rem}
.site-nav button{width:auto;padding:0;background:none;border:0;color:#000091;text-decoration:underline;font-weight:400}
.site-nav button:hover{background:none;color:#1212ff}
.site-nav [aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{display:block;flex:1 0 auto;width:100%;margin:0 auto;max-width:48rem;padding:1.5rem 1rem 3rem}
main.wide{max-width:62rem}
.site-footer{border-top:1px solid #929292;padding:1.5rem 1rem;font-size:1rem;background:#f6f6f6}
.site-footer ul{margin:0 auto;max-width:62rem;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;padding:0}
.site-footer a{display:inline-flex;min-height:44px;align-items:center}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.375rem;line-height:1.3;margin:2rem 0 .75rem}
h3{font-size:1.125rem;line-height:1.4;margin:1.5rem 0 .5rem}
p{margin:0 0 1rem}
ul,ol{margin:0 0 1rem;padding-left:1.5rem}
li{margin-bottom:.25rem}
a{color:#000091;text-decoration:underline}
a:hover{color:#1212ff}
:focus-visible{outline:3px solid #000091;outline-offset:3px}
dl{margin:0 0 1.5rem;padding:1rem;background:#f6f6f6;border-left:4px solid #000091}
dt{font-weight:700}
dd{margin:0 0 .75rem}
dd:last-child{margin-bottom:0}
fieldset{border:0;margin:0 0 1.5rem;padding:0;min-width:0}
legend,label{display:block;font-weight:700;margin-bottom:.5rem}
.choice{display:flex;align-items:center;gap:.75rem;min-height:44px;font-weight:400;margin:0}
.choice input{width:1.5rem;height:1.5rem;margin:0;flex:none;min-height:0}
textarea{display:block;width:100%;min-height:8rem;padding:.75rem;font:inherit;color:inherit;
border:2px solid #3a3a3a;border-radius:4px;margin-bottom:1.5rem;background:#fff}
input,select{display:block;width:100%;min-height:48px;padding:.5rem .75rem;font:inherit;color:inherit;
border:2px solid #3a3a3a;border-radius:4px;margin-bottom:1rem;background:#fff}
input[type=file]{padding:.5rem}
.field{margin-bottom:1rem}
.field input,.field select,.field textarea{margin-bottom:.25rem}
.field-error input,.field-error select,.field-error textarea{border-color:#ce0500}
.error-text{display:block;color:#ce0500;font-weight:700;font-size:1rem;margin:0 0 .5rem}
pre{white-space:pre-wrap;font:inherit;font-size:1rem;margin:0 0 1rem;padding:1rem;border:1px solid #929292}
article{border-top:2px solid #000091;margin-top:2rem}
form{margin-bottom:1.5rem}
.hint{display:block;font-weight:400;color:#3a3a3a;font-size:1rem}
button,.button{display:block;width:100%;min-height:48px;padding:.75rem 1.5rem;font:inherit;font-weight:700;
color:#fff;background:#000091;border:2px solid #000091;border-radius:4px;cursor:pointer;text-align:center;text-decoration:none}
button:hover,.button:hover{background:#1212ff;border-color:#1212ff;color:#fff}
.button-secondary{color:#000091;background:#fff}
.button-secondary:hover{color:#fff}
.buttons{display:flex;flex-wrap:wrap;gap:.75rem;margin:0 0 1.5rem}
.secondary{display:inline-flex;align-items:center;min-height:44px;margin-top:1rem}
.alert{border-left:4px solid #ce0500;color:#ce0500;background:#fff4f3;padding:1rem;margin:0 0 1.5rem;font-weight:700}
.alert ul{margin:.5rem 0 0;font-weight:400}
.alert a{color:#ce0500}
.notice{border-left:4px solid #000091;background:#f5f5fe;padding:1rem;margin:0 0 1.5rem}
.success{border-left:4px solid #18753c;background:#f3fbf5;padding:1rem;margin:0 0 1.5rem}
.success>:last-child,.notice>:last-child,.alert>:last-child{margin-bottom:0}
.results{list-style:none;padding:0;margin:0 0 1.5rem}
.card{border:1px solid #929292;border-radius:4px;padding:1rem;margin:0 0 1rem}
.card h3{margin:0 0 .5rem}
.card p{margin:0 0 .5rem}
.card>:last-child{margin-bottom:0}
.meta{color:#3a3a3a;font-size:1rem}
.badge{display:inline-block;padding:0 .5rem;border-radius:4px;font-size:.875rem;font-weight:700;text-transform:uppercase;
background:#e3e3fd;color:#000091;margin-bottom:.5rem}
.badge-partner{background:#fee7fc;color:#6e445a}
.badge-company{background:#fceeac;color:#3a3a3a}
.badge-training{background:#c3fad5;color:#18753c}
.tabs{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0;margin:0 0 1.5rem;border-bottom:2px solid #000091}
.tabs li{margin:0}
.tabs a{display:inline-flex;align-items:center;min-height:44px;padding:.25rem 1rem;text-decoration:none;border:1px solid #929292;border-bottom:0;border-radius:4px 4px 0 0}
.tabs [aria-current=page]{background:#000091;color:#fff;border-color:#000091}
.pagination{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;list-style:none;padding:0;margin:1.5rem 0}
.pagination li{margin:0}
.pagination a{display:inline-flex;align-items:center;min-height:44px;padding:0 .75rem;border:1px solid #000091;border-radius:4px}
.inline-form{display:inline;margin:0}
.table-wrap{overflow-x:auto;margin-bottom:1.5rem}
table{border-collapse:collapse;width:100%;font-size:1rem}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #929292;vertical-align:top}
.autocomplete{position:relative}
.autocomplete [role=listbox]{position:absolute;z-index:2;left:0;right:0;top:100%;margin:-1rem 0 0;padding:0;list-style:none;
background:#fff;border:2px solid #3a3a3a;border-top:0;max-height:16rem;overflow-y:auto}
.autocomplete [role=option]{padding:.5rem .75rem;min-height:44px;cursor:pointer;margin:0}
.autocomplete [role=option][aria-selected=true],.autocomplete [role=option]:hover{background:#000091;color:#fff}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@media (min-width:36em){button,.button{display:inline-block;width:auto}}
@media (min-width:62em){.columns{display:grid;grid-template-columns:18rem 1fr;gap:2rem;align-items:start}.narrow-only{display:none}}
`;
