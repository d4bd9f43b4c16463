/** Runnable examples of boithuong. Not a library: nothing depends on this module. */
module io.github.boithuong.examples {
  requires io.github.boithuong.core;
}
