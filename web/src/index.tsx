import { render } from "solid-js/web";
import { App } from "./app";
import { localeReady } from "./i18n";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// Right away in Bahasa Indonesia; after one small download for a member who chose English.
localeReady.then(() => render(() => <App />, root));
