package kmcheck.mutation;

/**
 * One row of java-model/mutants/mutants.tsv: a text replacement in one source file of the Java
 * model, the revision whose conformance must catch it, and how.
 *
 * @param name     the mutant's name
 * @param file     the source file, relative to java-model/src/main/java
 * @param find     text that occurs exactly once in that file
 * @param replace  what it becomes
 * @param revision the revision run under the mutant
 * @param model    the model of specs/ whose constants the runs use (e.g. MCPoolSlowdown_km168_wake)
 * @param expected the replay divergence kind (e.g. WRONG_SUCCESSOR) or the invariant that must catch it
 * @param what     the bug, in a sentence
 * @param line     its line in mutants.tsv
 */
record JavaMutant(String name, String file, String find, String replace, String revision, String model,
                  String expected,
                  String what, int line) {
}
