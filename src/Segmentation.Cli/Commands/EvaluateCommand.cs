using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Cli.Database;
using Segmentation.Cli.Input;
using Segmentation.Definitions;
using Segmentation.Cli.Evaluate;
using Segmentation.Cli.Output;
using Segmentation.Cli.Pseudonyms;
using Segmentation.Evaluation;
using Segmentation.Explain;
using Segmentation.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment evaluate</c>: a segment-set JSON document over customer rows from a CSV.</summary>
internal sealed class EvaluateCommand(CliEnvironment environment) : Command<EvaluateSettings>
{
    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var pseudonymizer = PseudonymOptions.Load(environment, settings);
        var definitionsPath = Existing(settings.Definitions);
        var suppressed = settings.SuppressionList(environment);
        var rows = settings.FromDatabase ? ReadDatabase(settings, suppressed) : CustomerRows.Read(Existing(settings.Customers), settings.Customers, settings.IdColumn, suppressed, environment.Cancellation);
        var catalog = rows.Catalog();
        var document = ReadDefinitions(definitionsPath, settings.Definitions, catalog);
        var set = SegmentSet<Dictionary<string, object?>>.Create(document, catalog);
        var asOf = settings.AsOfInstant ?? TimeProvider.System.GetUtcNow();

        var assigned = new List<string>[rows.Rows.Count];
        for (var i = 0; i < rows.Rows.Count; i++)
        {
            environment.Cancellation.ThrowIfCancellationRequested();
            assigned[i] = SegmentsOf(set, set.Match(rows.Rows[i], asOf));
        }

        if (settings.Explain is { } id)
        {
            Explain(set, rows, id, suppressed, asOf, OutputWriter.Console(environment, settings.Out));
        }

        if (settings.Out is { } output)
        {
            var ids = ExportIds.Of(pseudonymizer, rows.Ids, environment.Cancellation);
            OutputWriter.Write(environment, output, settings.CreateDirs, stream => SegmentsCsvWriter.Write(stream, ids, assigned));
            PseudonymKeyIdFile.Write(environment, output, settings.CreateDirs, pseudonymizer);
            OutputWriter.Console(environment, output).MarkupLine($"Wrote {SummaryTables.N0(rows.Ids.Count)} customers to [bold]{Markup.Escape(OutputWriter.Describe(output, environment.Resolve))}[/].");
        }
        else if (settings.Explain is null)
        {
            environment.Out.Write(SummaryTables.SegmentCounts(Counts(set, assigned), rows.Ids.Count, set.Mode == SegmentSetMode.FirstMatch, settings.Suppression));
        }

        return ExitCodes.Ok;
    }

    // First match: the one segment (the fallback's name when none matched). All matches: every
    // segment matched, or the document's fallback, if it has one, for a customer in none.
    private static List<string> SegmentsOf(SegmentSet<Dictionary<string, object?>> set, SegmentMembership membership)
    {
        var names = new List<string>(Math.Max(1, membership.Count));
        foreach (var index in membership)
        {
            names.Add(set.Names[index]);
        }

        if (names.Count == 0 && set.FallbackName is { } fallback)
        {
            names.Add(fallback);
        }

        return names;
    }

    private static List<(string Name, long Count)> Counts(SegmentSet<Dictionary<string, object?>> set, List<string>[] assigned)
    {
        var names = set.Names.ToList();
        if (set.FallbackName is { } fallback && set.IndexOf(fallback) < 0)
        {
            names.Add(fallback);
        }

        return [.. names.Select(n => (n, (long)assigned.Count(a => a.Contains(n, StringComparer.Ordinal))))];
    }

    private static void Explain(SegmentSet<Dictionary<string, object?>> set, CustomerRows rows, string id, Segmentation.Privacy.SuppressionList? suppressed, DateTimeOffset asOf, IAnsiConsole console)
    {
        if (suppressed?.Contains(id) == true)
        {
            throw new UsageException($"--explain: the customer '{id}' is on the --suppress list, so nothing is shown about them.");
        }

        var index = rows.Ids.ToList().IndexOf(id);
        if (index < 0)
        {
            throw new UsageException($"--explain: no customer has the id '{id}' in the customers.");
        }

        foreach (var segment in set.Segments)
        {
            // Plain text: the trace's [x] and [ ] markers are not Spectre markup.
            console.Write(new Text(SegmentExplainer.Explain(segment, rows.Rows[index], asOf).ToString()));
        }
    }

    private CustomerRows ReadDatabase(EvaluateSettings settings, Segmentation.Privacy.SuppressionList? suppressed)
    {
        using var source = settings.OpenSource(environment);
        return DatabaseCustomers.Read(source, settings.IdColumn, suppressed, environment.Cancellation);
    }

    private string Existing(string file) => InputFiles.Existing(environment, file);

    // Streamed with the size limit checked as bytes arrive: a 1 GB file is refused after its
    // first megabyte instead of being read whole into memory.
    private SegmentSetDocument ReadDefinitions(string path, string name, FieldCatalog catalog)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        try
        {
            return SegmentJson.DeserializeSetAsync(stream, catalog, cancellationToken: environment.Cancellation).GetAwaiter().GetResult();
        }
        catch (DefinitionException ex)
        {
            throw new SegmentationException($"{name}: {ex.Message}", ex.Location, ex);
        }
    }
}
