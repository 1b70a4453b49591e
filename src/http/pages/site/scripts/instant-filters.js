// Instant filters: on a results page, choosing a filter (a select marked data-instant) submits its form at once.
// Without JavaScript the "Rechercher" button does the same.
for (const select of document.querySelectorAll("select[data-instant]")) {
  select.addEventListener("change", () => {
    select.form?.requestSubmit();
  });
}
