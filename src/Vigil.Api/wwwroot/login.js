// Signs in by presenting the key once; the server answers with an HttpOnly session cookie.
"use strict";
document.getElementById("login").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = document.getElementById("error");
  error.hidden = true;
  const key = document.getElementById("key").value.trim();
  const response = await fetch("/api/session", { method: "POST", headers: { "X-Api-Key": key } });
  if (!response.ok) {
    error.textContent = response.status === 401 ? "That key is not valid." : `Sign-in failed (${response.status}).`;
    error.hidden = false;
    return;
  }
  const next = new URLSearchParams(location.search).get("next");
  // Only ever go back to a page of this site.
  location.href = next && next.startsWith("/") && !next.startsWith("//") ? next : "/ui/";
});
