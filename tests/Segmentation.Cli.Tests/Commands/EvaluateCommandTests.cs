using System.Text.RegularExpressions;
using System.Text.Json;
using Segmentation.Binding;
using Segmentation.Definitions;

namespace Segmentation.Cli.Tests.Commands;

public sealed class EvaluateCommandTests
{
    private const string Customers =
        "customer_id,total_spend,is_member,country,signup,last_seen\n" +
        "C1,1500,true,DE,2024-01-05,2024-12-20T10:00:00Z\n" +
        "C2,200,false,FR,2023-06-01,\n" +
        "C3,,true,DE,,2024-06-01T08:00:00Z\n" +
        "C4,5000.5,false,US,2024-11-30,2024-12-30T23:00:00Z\n";

    private const string AllMatches = """
        {
          "version": 1,
          "mode": "allMatches",
          "fallback": "Others",
          "segments": [
            { "name": "VIP", "criteria": { "kind": "compare", "field": "total_spend", "operator": ">", "value": 1000 } },
            { "name": "Members", "criteria": { "kind": "compare", "field": "is_member", "operator": "=", "value": true } },
            { "name": "German", "criteria": { "kind": "in", "field": "country", "values": ["DE"] } }
          ]
        }
        """;

    private const string FirstMatch = """
        {
          "version": 1,
          "mode": "firstMatch",
          "fallback": "Rest",
          "segments": [
            { "name": "Seen lately", "criteria": { "kind": "time", "field": "last_seen", "last": 30, "unit": "days" } },
            { "name": "Early", "criteria": { "kind": "compare", "field": "signup", "operator": "<", "value": "2024-01-01" } }
          ]
        }
        """;

    [Fact]
    public async Task Evaluate_AllMatchesToFile_WritesSegmentsInSetOrderWithFallback()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers);
        dir.Write("segments.json", AllMatches);

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--out", "out.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "customer_id,segments\nC1,VIP;Members;German\nC2,Others\nC3,Members;German\nC4,VIP\n",
            File.ReadAllText(dir.File("out.csv")));
        Assert.Equal(["customers.csv", "out.csv", "segments.json"], dir.FileNames());
    }

    [Fact]
    public async Task Evaluate_NoOut_PrintsCountsPerSegment()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers);
        dir.Write("segments.json", AllMatches);

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--min-group-size", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"VIP\s+│\s+2 │\s+50\.0%", run.Out);
        Assert.Matches(@"Members\s+│\s+2 │", run.Out);
        Assert.Matches(@"German\s+│\s+2 │", run.Out);
        Assert.Matches(@"Others\s+│\s+1 │\s+25\.0%", run.Out);
        Assert.Matches(@"Customers\s+│\s+4 │", run.Out);
    }

    [Fact]
    public async Task Evaluate_FirstMatchWithDatesAndDateTimes_AssignsOneSegmentEach()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers);
        dir.Write("segments.json", FirstMatch);

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--as-of", "2025-01-01", "--out", "out.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "customer_id,segments\nC1,Seen lately\nC2,Early\nC3,Rest\nC4,Seen lately\n",
            File.ReadAllText(dir.File("out.csv")));
    }

    [Fact]
    public async Task Evaluate_Explain_PrintsTheTraceOfEverySegment()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers);
        dir.Write("segments.json", AllMatches);

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--explain", "C3", "--as-of", "2025-01-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("VIP: no match", run.Out, StringComparison.Ordinal);
        Assert.Contains("[ ] total_spend > 1000", run.Out, StringComparison.Ordinal);
        Assert.Contains("total_spend = missing", run.Out, StringComparison.Ordinal);
        Assert.Contains("Members: match", run.Out, StringComparison.Ordinal);
        Assert.Contains("[x] is_member = true", run.Out, StringComparison.Ordinal);
        Assert.Contains("[x] country in [\"DE\"]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_BadDefinition_ExitsOneNamingTheJsonPath()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers);
        dir.Write("bad.json", AllMatches.Replace("\"operator\": \">\"", "\"operator\": \"startsWith\"", StringComparison.Ordinal));

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "bad.json", "--customers", "customers.csv", "--out", "out.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("$.segments[0].criteria.operator", run.Error, StringComparison.Ordinal);
        Assert.Equal(["bad.json", "customers.csv"], dir.FileNames());
    }

    [Fact]
    public async Task Evaluate_UnknownField_ExitsOneWithTheFieldAndPath()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers);
        dir.Write("bad.json", AllMatches.Replace("\"field\": \"country\"", "\"field\": \"contry\"", StringComparison.Ordinal));

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "bad.json", "--customers", "customers.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(new Regex(@"\$\.segments\[2\]\.criteria\.field: 'contry'"), run.Error);
    }

    [Fact]
    public async Task Evaluate_MissingIdColumn_ExitsOne()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers.Replace("customer_id", "id", StringComparison.Ordinal));
        dir.Write("segments.json", AllMatches);

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv");
        var renamed = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--id-column", "id", "--out", "out.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'customer_id'", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, renamed.ExitCode);
        Assert.StartsWith("customer_id,segments\nC1,VIP;Members;German\n", File.ReadAllText(dir.File("out.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_EmptyCellAndFirstMatchWithoutFallback_IsNullMatchesAndTheRestGetTheDefaultFallback()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers);
        dir.Write("segments.json", """
            { "version": 1, "mode": "firstMatch", "segments": [
              { "name": "No spend", "criteria": { "kind": "isNull", "field": "total_spend" } },
              { "name": "French", "criteria": { "kind": "compare", "field": "country", "operator": "=", "value": "FR" } } ] }
            """);

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--out", "out.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"customer_id,segments\nC1,{SegmentSetDocument.DefaultFallback}\nC2,French\nC3,No spend\nC4,{SegmentSetDocument.DefaultFallback}\n", File.ReadAllText(dir.File("out.csv")));
    }

    public static TheoryData<string[], SegmentSetMode, string?> BadSets => new()
    {
        { ["VIP", "Members", "VIP"], SegmentSetMode.AllMatches, null },
        { ["VIP", "Others"], SegmentSetMode.FirstMatch, null },
        { ["VIP"], SegmentSetMode.FirstMatch, "VIP" },
        { [], SegmentSetMode.AllMatches, null },
    };

    [Theory]
    [MemberData(nameof(BadSets))]
    public async Task Evaluate_BadSet_ExitsOneWithTheMessageTheLibraryGivesTheSameSetBuiltInCode(string[] names, SegmentSetMode mode, string? fallback)
    {
        var definitions = names.Select(n => new SegmentDefinition(n, new NullCheckCriterion("total_spend", true))).ToArray();
        var expected = Assert.Throws<DefinitionException>(() => new SegmentSetDocument(definitions, mode, fallback)).Message;
        var segments = names.Select(n => $$$"""{"name":{{{JsonSerializer.Serialize(n)}}},"criteria":{"kind":"isNull","field":"total_spend"}}""");
        var fallbackProperty = fallback is null ? string.Empty : $"\"fallback\":{JsonSerializer.Serialize(fallback)},";
        using var dir = new TempDirectory();
        dir.Write("customers.csv", Customers);
        dir.Write("bad.json", $$"""{"version":1,"mode":"{{(mode == SegmentSetMode.FirstMatch ? "firstMatch" : "allMatches")}}",{{fallbackProperty}}"segments":[{{string.Join(',', segments)}}]}""");

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "bad.json", "--customers", "customers.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: bad.json: " + expected, run.Error, StringComparison.Ordinal);
    }
}
