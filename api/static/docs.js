// Start Swagger UI on the API's contract. A file of its own, not an inline
// script, so that the page's Content-Security-Policy can forbid inline code.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.yaml",
    dom_id: "#swagger-ui",
    // Deep links would make each operation's path a link inside its summary's button, which
    // assistive technologies cannot reach (axe-core: nested-interactive).
    deepLinking: false,
    // Swagger UI would otherwise send the contract to validator.swagger.io.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    // The contract only: no bar to explore another URL.
    layout: "BaseLayout",
    onComplete: function () {
      // Swagger UI draws its choice of server without a label.
      var servers = document.getElementById("servers");
      if (servers) servers.setAttribute("aria-label", "Server");
    },
  });
});
