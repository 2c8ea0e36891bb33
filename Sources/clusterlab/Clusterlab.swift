// The command line: `clusterlab [FILE…] [-e STATEMENT…] [-i]`, `check`, `fmt`, `demo`.
// Exit codes: 0 success, 1 an error in the input, 2 bad usage.

import ArgumentParser
import ClusterSession
import ClusterSyntax

#if canImport(Glibc)
  import Glibc
#endif

let version = "0.1.0"

@main
struct Clusterlab: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clusterlab",
    abstract: "An interpreter for a language about export clusters, after ITC's 'Innovations in Export Strategy' (2005).",
    usage: """
      clusterlab [FILE ...] [-e STATEMENT ...] [-i] [--keep-going] [--echo] [-q] [--color WHEN] [--ascii] [--format text|json]
                 [--safe] [--limit NAME=VALUE ...] [--recover]
      clusterlab check [--safe] [--format text|json] FILE ...
      clusterlab fmt [-w | --check] FILE ...
      clusterlab demo [-i] [--ascii]
      """,
    discussion: """
      With no FILE and a terminal on standard input, clusterlab starts the interactive REPL (GNU readline). \
      FILEs run in order, then the -e statements; a script on standard input (or FILE `-`) runs with no prompt. \
      Exit status: 0 success, 1 an error in the input, 2 bad usage. \
      Type `help` in the REPL, or run `clusterlab demo` for a tour.
      """,
    version: "clusterlab \(version)",
    subcommands: [Run.self, Check.self, Format.self, Demo.self],
    defaultSubcommand: Run.self
  )

  /// Parses the command line and runs; usage errors exit with 2 (argument-parser's default is 64).
  static func main() {
    if ["-h", "--help", "help"].contains(CommandLine.arguments.dropFirst().first ?? ""), CommandLine.arguments.count == 2 {
      Terminal.write(overview())
      Glibc.exit(0)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Glibc.exit(code.rawValue)
    } catch {
      if exitCode(for: error) == .success {
        Self.exit(withError: error)
      }
      // The run options are listed by `clusterlab --help`: point there.
      let message = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
        .map { line -> String in
          if line.contains("'clusterlab run --help'") { return "  See `clusterlab --help` for every option." }
          return line.hasPrefix("Usage: clusterlab run ") ? "Usage: clusterlab " + line.dropFirst("Usage: clusterlab run ".count) : String(line)
        }
      Terminal.writeError(message.joined(separator: "\n") + "\n")
      Glibc.exit(2)
    }
  }

  /// `clusterlab --help`: what it is, how to call it, every option of a run (the default
  /// command, whose options argument-parser would otherwise leave to `clusterlab run --help`)
  /// with its meaning, and the other commands.
  static func overview() -> String {
    let root = helpMessage(for: Clusterlab.self)
    let run = helpMessage(for: Run.self)
    guard let options = run.firstRange(of: "ARGUMENTS:"), let ours = root.firstRange(of: "OPTIONS:"),
      let commands = root.firstRange(of: "SUBCOMMANDS:")
    else { return root + "\n" }
    return String(root[..<ours.lowerBound]) + String(run[options.lowerBound...]).trimmingRight() + "\n\n"
      + String(root[commands.lowerBound...]).replacing("See 'clusterlab help <subcommand>' for detailed help.", with: "`clusterlab COMMAND --help` shows a command's options.").trimmingRight() + "\n"
  }
}

extension String {
  /// Without trailing spaces and newlines.
  func trimmingRight() -> String {
    var s = Substring(self)
    while let last = s.last, last == " " || last == "\n" { s = s.dropLast() }
    return String(s)
  }
}

/// Options shared by the commands that run the language.
struct OutputOptions: ParsableArguments {
  @Option(name: .customLong("color"), help: "Colour diagnostics: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(
    name: .customLong("format"),
    help: "text, or json: standard output a stream of JSON lines, one per answer, errors JSON lines on standard error (a statement's `as text` wins).")
  var format: FormatChoice = .text
}

/// The colour option alone, for the commands whose output is for people (`fmt`, `demo`): they
/// take no `--format`, so asking them for JSON is a usage error rather than silently ignored.
struct ColorOptions: ParsableArguments {
  @Option(name: .customLong("color"), help: "Colour diagnostics: auto, always or never.")
  var color: ColorChoice = .auto
}

/// How charts draw, for the commands that draw them (a run, `demo`).
struct ChartOptions: ParsableArguments {
  @Flag(name: .customLong("ascii"), help: "Draw charts with ASCII only, even on a UTF-8 terminal.")
  var ascii = false
}

enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run case files and statements (the default command).", shouldDisplay: false)

  @Argument(help: ArgumentHelp("Files to run in order; `-` reads standard input.", valueName: "file"))
  var files: [String] = []

  @Option(
    name: [.customShort("e"), .customLong("eval")],
    help: ArgumentHelp("A statement to run after the files (repeatable).", valueName: "statement"))
  var statements: [String] = []

  @Flag(name: .customShort("i"), help: "Stay interactive after the files and statements.")
  var interactive = false

  @Flag(help: "Go on after an error (the exit status is still 1).")
  var keepGoing = false

  @Flag(help: "Print each statement before its output, as the REPL would.")
  var echo = false

  @Flag(name: .customShort("q"), help: "No banner at the REPL.")
  var quiet = false

  @Flag(help: "Bring back the work of the last REPL session that was killed (from its journal), then go on.")
  var recover = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var charts: ChartOptions
  @OptionGroup var protection: ProtectionOptions

  func run() throws {
    let session = Terminal.makeSession(output, ascii: charts.ascii)
    session.keepGoing = keepGoing
    session.echo = echo
    Protection.impose(try protection.apply(to: session))
    let stdinIsTerminal = isatty(STDIN_FILENO) == 1
    let goesInteractive = interactive || (files.isEmpty && statements.isEmpty && stdinIsTerminal)
    // A REPL session journals what it accepts, from the first file on, until it ends normally.
    let journal = goesInteractive ? Protection.startJournal(for: session) : nil
    // Leaving with changes never saved keeps the journal: `--recover` offers them next time.
    defer { journal?.close(removing: session.unsavedChanges == 0) }
    if recover {
      // Replayed statements go into the new journal; the old one goes once they are safe there.
      if let old = Protection.recover(into: session), journal != nil { unlink(old) }
    } else if goesInteractive {
      Protection.mentionInterrupted(json: session.streamsJSON)
    }
    var failed = false
    let json = output.format == .json
    for path in files {
      if protection.safe { session.safety = .safe(folder: ProtectionOptions.folder(of: path)) }
      let outcome = session.run(try Terminal.source(path, json: json))
      if outcome.errors > 0 {
        failed = true
        if !keepGoing { throw ExitCode(1) }
      }
      if outcome.quit { throw ExitCode(failed ? 1 : 0) }
    }
    if protection.safe { session.safety = .safe(folder: ".") }
    for (i, statement) in statements.enumerated() {
      let name = statements.count == 1 ? "<-e>" : "<-e #\(i + 1)>"
      let outcome = session.run(SourceFile(name: name, text: statement))
      if outcome.errors > 0 {
        failed = true
        if !keepGoing { throw ExitCode(1) }
      }
      if outcome.quit { throw ExitCode(failed ? 1 : 0) }
    }
    if goesInteractive {
      // What the command line ran is in its files; what `--recover` brought back is not.
      if !recover { session.markSaved() }
      Terminal.interact(session, quiet: quiet, ascii: charts.ascii)
    } else if files.isEmpty && statements.isEmpty {
      // A script on standard input: no prompt, no readline, no colour on the results.
      let outcome = session.run(try Terminal.source("-", json: json))
      if outcome.errors > 0 { failed = true }
    }
    if failed { throw ExitCode(1) }
  }
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check files without running their commands: every error, located.")

  @Argument(help: "Files to check; `-` reads standard input.")
  var files: [String]

  @OptionGroup var output: OutputOptions
  @OptionGroup var protection: ProtectionOptions

  func run() throws {
    var failed = false
    let json = output.format == .json
    for path in files {
      let session = Terminal.makeSession(output)
      session.mode = .check
      Protection.impose(try protection.apply(to: session))
      if protection.safe { session.safety = .safe(folder: ProtectionOptions.folder(of: path)) }
      let outcome = session.run(try Terminal.source(path, json: json))
      if outcome.errors > 0 { failed = true }
      if json {
        // A line for every file, failed or not: a program reads the verdicts from the stream.
        Terminal.write(JSONStream.check(file: path, errors: outcome.errors, summary: outcome.errors == 0 ? session.summary() : nil))
      } else if outcome.errors == 0 {
        Terminal.write("\(path): ok (\(session.summary()))\n")
      }
    }
    if failed { throw ExitCode(1) }
  }
}

struct Format: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt", abstract: "Print files in the canonical form (comments kept), rewrite them, or check them.")

  @Argument(help: ArgumentHelp("The files to format; `-` reads standard input.", valueName: "file"))
  var files: [String]

  @Flag(name: [.short, .customLong("write")], help: "Rewrite each file in place instead of printing.")
  var write = false

  @Flag(name: .customLong("check"), help: "Print nothing; list the files not in canonical form and exit 1 if any (for CI).")
  var check = false

  @OptionGroup var output: ColorOptions

  func validate() throws {
    if write && check { throw ValidationError("`--write` and `--check` do not go together: check first, then write") }
  }

  /// Every file is read and formatted even when one fails, so one run reports them all.
  func run() throws {
    var failed = false
    var unformatted: [String] = []
    for file in files {
      let source = try Terminal.source(file)
      let (script, diagnostics) = Parser.parse(source)
      if !diagnostics.isEmpty {
        let renderer = DiagnosticRenderer(colour: Terminal.colourEnabled(output.color))
        for d in diagnostics.prefix(Session.maximumReportedErrors) { Terminal.writeError(renderer.render(d)) }
        failed = true
        continue
      }
      let text = Printer.print(script)
      if check {
        if text != source.text { unformatted.append(file) }
      } else if write && file != "-" {
        do {
          try FileSystem.writeAtomically(text, to: file)
        } catch {
          Terminal.writeError("clusterlab: cannot write \(file): \(error.reason)\n")
          failed = true
        }
      } else {
        Terminal.write(text)
      }
    }
    for file in unformatted { Terminal.write("\(file): not in canonical form (`clusterlab fmt -w \(file)` rewrites it)\n") }
    if failed || !unformatted.isEmpty { throw ExitCode(1) }
  }
}

struct Demo: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A short tour on a real case: Tirupur knitwear in 1990 (built in, no file needed).")

  @Flag(name: .customShort("i"), help: "Stay interactive after the tour, with the case loaded.")
  var interactive = false

  @OptionGroup var output: ColorOptions
  @OptionGroup var charts: ChartOptions

  func run() throws {
    let session = Terminal.makeSession(color: output.color, ascii: charts.ascii)
    // The case loads quietly (its own closing queries would only repeat the tour).
    let write = session.output
    session.output = { _ in }
    var outcome = session.run(SourceFile(name: "examples/tirupur.cluster", text: DemoCase.tirupur))
    session.output = write
    if outcome.errors == 0 {
      session.echo = true
      // At a terminal the tour waits for a key between steps, and a step longer than the
      // window goes through the pager; piped, it runs straight through.
      let person = Terminal.personAtTerminal
      let held = person ? HeldOutput(pager: Pager.command()) : nil
      held?.attach(to: session)
      let steps = person ? DemoTour.steps : [DemoTour.statements]
      for (i, step) in steps.enumerated() {
        outcome = session.run(SourceFile(name: "<demo>", text: step))
        held?.release()
        if outcome.errors > 0 || (i < steps.count - 1 && person && !Terminal.pause()) { break }
      }
      held?.detach()
      session.echo = false
    }
    if interactive { Terminal.interact(session, quiet: true, ascii: charts.ascii) }
    if outcome.errors > 0 { throw ExitCode(1) }
  }
}
