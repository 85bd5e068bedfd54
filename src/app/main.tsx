import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { applySettings, loadSettings } from "../reader";
import { App } from "./App";
import "./base.css";

// Before the first render, so a dark-theme reader never sees a light flash.
applySettings(loadSettings());

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
