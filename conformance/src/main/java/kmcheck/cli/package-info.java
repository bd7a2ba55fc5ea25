/**
 * The {@code kmcheck} command line: {@link kmcheck.cli.Kmcheck} and one Picocli class per
 * subcommand ({@code check}, {@code replay}, {@code plot}), with every failure mapped to one of the
 * documented exit codes of {@link kmcheck.cli.ExitCode}.
 */
package kmcheck.cli;
