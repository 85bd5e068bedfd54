import { describe, expect, it } from "vitest";
import { panelPosition } from "./panel-position";

const container = { top: -1000, left: 100, bottom: 3000, width: 600 };
const panel = { width: 288, height: 200 };

describe("panelPosition", () => {
  it("puts the panel under its control when it fits on screen there", () => {
    const anchor = { top: 300, left: 150, bottom: 320, width: 20 };
    expect(panelPosition(anchor, container, panel, 800)).toEqual({ top: 320 + 6 + 1000, left: 50 });
  });

  it("puts it above a control near the bottom of the screen", () => {
    const anchor = { top: 700, left: 150, bottom: 720, width: 20 };
    // Held by its bottom edge, 6 px above the control.
    expect(panelPosition(anchor, container, panel, 800)).toEqual({ bottom: 3000 - 694, left: 50 });
  });

  it("takes the roomier side when it fits on neither", () => {
    const tall = { width: 288, height: 700 };
    const nearTop = { top: 100, left: 150, bottom: 120, width: 20 };
    expect(panelPosition(nearTop, container, tall, 800)).toEqual({ top: 1126, left: 50 });
    const nearBottom = { top: 680, left: 150, bottom: 700, width: 20 };
    expect(panelPosition(nearBottom, container, tall, 800)).toEqual({ bottom: 3000 - 674, left: 50 });
  });

  it("stays inside the container's width", () => {
    const anchor = { top: 300, left: 690, bottom: 320, width: 20 };
    expect(panelPosition(anchor, container, panel, 800).left).toBe(600 - 288 - 8);
    const farLeft = { top: 300, left: 90, bottom: 320, width: 20 };
    expect(panelPosition(farLeft, container, panel, 800).left).toBe(8);
  });
});
