/* eslint-disable no-undef */
module.exports = () => require("./run-dir").setup();
