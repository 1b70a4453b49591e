// CV check: as soon as a file is chosen in an input marked data-cv-max-bytes, its size and extension are checked,
// so that a candidate does not wait for a 3 MB upload to learn it is refused. The message is shown where the
// server would show it (above the field) and the form is not sent; the server checks everything again.
const ALLOWED = /\.(pdf|docx)$/i;

for (const input of document.querySelectorAll("input[type=file][data-cv-max-bytes]")) {
  const maxBytes = Number(input.dataset.cvMaxBytes);
  const field = input.closest(".field");
  const message = document.createElement("span");
  message.className = "error-text";
  message.id = `${input.id}-verification`;
  message.setAttribute("aria-live", "polite");

  const problemOf = (file) => {
    if (!ALLOWED.test(file.name)) return "Le CV doit être un fichier PDF ou Word (.docx).";
    if (file.size > maxBytes) {
      const megabytes = (file.size / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
      return `Ce fichier fait ${megabytes} Mo : le CV doit faire ${Math.floor(maxBytes / (1024 * 1024))} Mo au plus.`;
    }
    return "";
  };

  const check = () => {
    const file = input.files?.[0];
    const problem = file ? problemOf(file) : "";
    input.setCustomValidity(problem);
    if (problem) {
      message.textContent = problem;
      if (!message.isConnected) input.before(message);
      field?.classList.add("field-error");
      input.setAttribute("aria-invalid", "true");
      const described = new Set((input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
      described.add(message.id);
      input.setAttribute("aria-describedby", [...described].join(" "));
    } else if (message.isConnected) {
      message.remove();
      if (!field?.querySelector(".error-text")) field?.classList.remove("field-error");
      input.removeAttribute("aria-invalid");
    }
    return problem;
  };

  input.addEventListener("change", check);
  input.form?.addEventListener("submit", (event) => {
    if (check()) {
      event.preventDefault();
      input.focus();
    }
  });
}
