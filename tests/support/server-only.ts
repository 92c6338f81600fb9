// Tests run outside React's server graph; the marker package is what refuses a client import there.
export {};
