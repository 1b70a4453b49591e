// Autocomplete: a text input marked data-autocomplete="metiers" or "communes" becomes a WAI-ARIA combobox whose
// suggestions come from our JSON API (GET /api/v1/metiers, /api/v1/communes). Picking one fills the hidden field
// named by data-target (the ROME code, the INSEE code), data-label (the appellation) and data-chosen (the label
// picked, so the server knows the code still matches the text). Typing again clears them: the server then
// resolves the text itself, as it does without JavaScript. "Autour de moi" (communes only) fills the coordinates.

const SOURCES = {
  metiers: {
    url: (q) => `/api/v1/metiers?q=${encodeURIComponent(q)}`,
    label: (item) => item.appellation ?? item.romeLabel,
    value: (item) => item.romeCode,
    extra: (item) => item.appellation ?? "",
  },
  communes: {
    url: (q) => `/api/v1/communes?q=${encodeURIComponent(q)}`,
    label: (item) => `${item.name} (${item.postcodes?.[0] ?? item.department?.code ?? ""})`,
    value: (item) => item.insee,
    extra: () => "",
  },
};

let instances = 0;

for (const input of document.querySelectorAll("input[data-autocomplete]")) {
  const source = SOURCES[input.dataset.autocomplete];
  if (source) makeCombobox(input, source);
}

function makeCombobox(input, source) {
  const form = input.form;
  const hidden = (name) => (name ? form?.elements.namedItem(name) : null);
  const target = hidden(input.dataset.target);
  const label = hidden(input.dataset.label);
  const chosen = hidden(input.dataset.chosen);
  const id = `suggestions-${++instances}`;

  const list = document.createElement("ul");
  list.id = id;
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  const status = document.createElement("span");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  input.after(list, status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", id);

  let items = [];
  let active = -1;
  let timer = 0;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    for (const [i, option] of [...list.children].entries()) {
      option.setAttribute("aria-selected", String(i === index));
    }
    if (index >= 0) input.setAttribute("aria-activedescendant", `${id}-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const pick = (index) => {
    const item = items[index];
    if (!item) return;
    input.value = source.label(item);
    if (target) target.value = source.value(item);
    if (label) label.value = source.extra(item);
    if (chosen) chosen.value = input.value;
    clearCoordinates();
    close();
  };

  const clearCoordinates = () => {
    for (const name of ["latitude", "longitude"]) {
      const field = form?.elements.namedItem(name);
      if (field && input.dataset.autocomplete === "communes") field.value = "";
    }
  };

  const show = (found) => {
    items = found.slice(0, 8);
    list.replaceChildren(
      ...items.map((item, index) => {
        const option = document.createElement("li");
        option.id = `${id}-${index}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = source.label(item);
        // mousedown, not click: the input keeps its focus, so the list is not closed first.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(index);
        });
        return option;
      }),
    );
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    status.textContent =
      items.length === 0 ? "Aucune suggestion" : `${items.length} suggestion${items.length > 1 ? "s" : ""}`;
    active = -1;
  };

  input.addEventListener("input", () => {
    if (target) target.value = "";
    if (label) label.value = "";
    if (chosen) chosen.value = "";
    clearCoordinates();
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const response = await fetch(source.url(q), { headers: { accept: "application/json" } });
        if (!response.ok) return;
        const found = (await response.json()).items ?? [];
        // A late answer (another letter typed, or the field left) opens nothing.
        if (mine === asked && document.activeElement === input) show(found);
      } catch {
        close(); // offline: the server resolves the typed text when the form is sent
      }
    }, 150);
  });

  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);

  if (input.dataset.autocomplete === "communes") addAroundMe(input, form);
}

/** "Autour de moi": the browser's location fills the coordinates; the place field says so. */
function addAroundMe(input, form) {
  const latitude = form?.elements.namedItem("latitude");
  const longitude = form?.elements.namedItem("longitude");
  if (!latitude || !longitude || !("geolocation" in navigator)) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button-secondary";
  button.textContent = "Autour de moi";
  const message = document.createElement("span");
  message.setAttribute("aria-live", "polite");
  message.className = "hint";
  input.closest(".autocomplete")?.after(button, message);
  button.addEventListener("click", () => {
    message.textContent = "Recherche de votre position…";
    navigator.geolocation.getCurrentPosition(
      (position) => {
        latitude.value = position.coords.latitude.toFixed(5);
        longitude.value = position.coords.longitude.toFixed(5);
        const insee = form.elements.namedItem("insee");
        if (insee) insee.value = "";
        input.value = "Autour de moi";
        message.textContent = "Position trouvée : la recherche se fera autour de vous.";
      },
      () => {
        message.textContent = "Position indisponible : indiquez une ville ou un code postal.";
      },
      { timeout: 10_000, maximumAge: 600_000 },
    );
  });
}
