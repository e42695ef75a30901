package dev.readout.corpus;

/** The hand-made authoring example of {@link AuthoringCompilerTest}, for tests in other packages. */
public final class AuthoringCompilerTestAccess {
  public static final String SOURCE = AuthoringCompilerTest.SOURCE;
  public static final String JSON = AuthoringCompilerTest.JSON;

  private AuthoringCompilerTestAccess() {}
}
