// Larger text and high contrast, remembered across pages and visits.
(() => {
  const root = document.documentElement;
  const options = { large: "portal-large", contrast: "portal-contrast" };
  for (const [key, cls] of Object.entries(options)) {
    if (localStorage.getItem("portal-" + key) === "1") root.classList.add(cls);
  }
  const wire = () => {
    for (const button of document.querySelectorAll("[data-portal-toggle]")) {
      const key = button.dataset.portalToggle;
      button.setAttribute("aria-pressed", root.classList.contains(options[key]) ? "true" : "false");
      button.addEventListener("click", () => {
        const on = root.classList.toggle(options[key]);
        localStorage.setItem("portal-" + key, on ? "1" : "0");
        button.setAttribute("aria-pressed", on ? "true" : "false");
      });
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire); else wire();
})();
