/** The overview map's SVG box (the projection fits the world into it). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
