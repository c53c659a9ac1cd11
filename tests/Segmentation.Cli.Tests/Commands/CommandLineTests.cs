using System.Reflection;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>The command line's conventions across commands: option names, version, suggestions, redirected output.</summary>
public sealed class CommandLineTests
{
    private const string Transactions =
        "customer_id,order_date,amount\n" +
        "a,2024-01-05,10\nb,2024-02-01,20\nc,2024-03-01,30\na,2024-04-01,15\nd,2024-05-01,5\nb,2024-06-01,25\n";

    public static TheoryData<string, string> OutputOptions()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "demo", "rfm", "report", "evaluate" })
        {
            foreach (var option in new[] { "--out", "--output", "-o" })
            {
                data.Add(command, option);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutputOptions))]
    public async Task OutputOption_EveryCommand_TakesOutWithOutputAndOAsAliases(string command, string option)
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);
        dir.Write("customers.csv", "customer_id,spend\nc1,3\nc2,1\n");
        dir.Write("set.json", """{"version":1,"mode":"allMatches","segments":[{"name":"Big","criteria":{"kind":"compare","field":"spend","operator":">","value":2}}]}""");
        string[] args = command switch
        {
            "demo" => ["demo", "--customers", "100"],
            "evaluate" => ["evaluate", "--definitions", "set.json", "--customers", "customers.csv"],
            _ => [command, "tx.csv", "--no-progress"],
        };

        var run = await CliRun.RunAsync(dir.Path, [.. args, option, "result.out"]);

        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(dir.File("result.out")).Length > 0, run.Error);
    }

    [Fact]
    public void Suggestions_KnowEveryCommandOfTheApp()
    {
        var commands = typeof(CliApp).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Spectre.Console.Cli.Command<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)))
            .ToArray();

        Assert.Equal(commands, CommandSuggestions.Commands.Values.Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))));
    }

    [Fact]
    public void OutputOption_EveryCommandWritingAFile_NamesItOutWithOAndOutput()
    {
        var outputs = CommandSuggestions.Commands.Values
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttribute<Spectre.Console.Cli.CommandOptionAttribute>())
            .Where(a => a is not null && (a.LongNames.Contains("out") || a.LongNames.Contains("output")))
            .ToArray();

        Assert.Equal(CommandSuggestions.Commands.Count, outputs.Length);
        Assert.All(outputs, a =>
        {
            Assert.Equal(["out", "output"], a!.LongNames);
            Assert.Equal(["o"], a.ShortNames);
        });
    }

    [Fact]
    public async Task Version_PrintsThePackageVersion()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "--version");

        Assert.Equal(0, run.ExitCode);
        var expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, run.Out.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }

    [Theory]
    [InlineData(new[] { "rmf", "tx.csv" }, "Unknown command 'rmf'. Did you mean 'rfm'?")]
    [InlineData(new[] { "reprot", "tx.csv" }, "Did you mean 'report'?")]
    [InlineData(new[] { "rfm", "tx.csv", "--ot", "x.csv" }, "Unknown option 'ot'. Did you mean '--out'?")]
    [InlineData(new[] { "report", "tx.csv", "--outptu", "x.html" }, "Did you mean '--out'?")]
    [InlineData(new[] { "rfm", "tx.csv", "--as-off", "2024-01-01" }, "Did you mean '--as-of'?")]
    [InlineData(new[] { "evaluate", "--definition", "a.json" }, "Did you mean '--definitions'?")]
    [InlineData(new[] { "--verison" }, "Did you mean '--version'?")]
    [InlineData(new[] { "predcit", "tx.csv" }, "Did you mean 'predict'?")]
    [InlineData(new[] { "predict", "tx.csv", "--horizn", "10" }, "Did you mean '--horizon'?")]
    public async Task Mistyped_CommandOrOption_SuggestsTheClosestName(string[] args, string expected)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistyped_NothingClose_NoSuggestion()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--zzzzzzzz");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown option 'zzzzzzzz'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_OutputRedirected_HelpAndTablesAreNotWrappedAt80Columns()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);

        var help = (await CliRun.RunProcessAsync(dir.Path, "rfm", "--help")).Out;
        var rfm = (await CliRun.RunProcessAsync(dir.Path, "rfm", "tx.csv", "--no-progress")).Out;

        Assert.Contains(
            "Write one row per customer (customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment), ordered by customer_id. Without it a summary table is printed",
            help,
            StringComparison.Ordinal);
        Assert.Contains("RFM segments (by revenue; AOV = average order value, recency in days)", rfm, StringComparison.Ordinal);
        Assert.Contains(help.Split('\n'), line => line.TrimEnd().Length > 80);
    }

    [Fact]
    public void UnwrapWhenRedirected_OnlyATerminalKeepsItsWidth()
    {
        var terminal = new Spectre.Console.Testing.TestConsole();
        terminal.Profile.Width = 100;
        var redirected = new Spectre.Console.Testing.TestConsole();
        redirected.Profile.Width = 80;

        CliEnvironment.UnwrapWhenRedirected(terminal, redirected: false);
        CliEnvironment.UnwrapWhenRedirected(redirected, redirected: true);

        Assert.Equal(100, terminal.Profile.Width);
        Assert.Equal(CliEnvironment.RedirectedWidth, redirected.Profile.Width);
    }

    [Fact]
    public async Task Evaluate_UnknownField_MessageNamesNoClrType()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", "customer_id,spend\nc1,3\n");
        dir.Write("set.json", """{"version":1,"mode":"allMatches","segments":[{"name":"Big","criteria":{"kind":"compare","field":"spnd","operator":">","value":1}}]}""");

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "set.json", "--customers", "customers.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("$.segments[0].criteria.field: 'spnd' is not a field of the catalog. Did you mean 'spend'?", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Dictionary", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("`", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--as-of", "2024-06-01", "--previous-as-of", "2024-06-01" }, "--previous-as-of 2024-06-01 is not earlier than the as-of date 2024-06-01")]
    [InlineData(new[] { "--as-of", "2024-06-01", "--previous-as-of", "2030-01-01" }, "--previous-as-of 2030-01-01 is not earlier than the as-of date 2024-06-01")]
    [InlineData(new[] { "--previous-as-of", "2030-01-01" }, "--previous-as-of 2030-01-01 is not earlier than the as-of date 2024-06-02")]
    public async Task Report_PreviousAsOfNotBeforeAsOf_IsAUsageErrorAndWritesNothing(string[] options, string expected)
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);

        var run = await CliRun.RunAsync(dir.Path, ["report", "tx.csv", "--no-progress", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    [Fact]
    public async Task Report_PreviousAsOfBeforeAsOf_DrawsTheMigration()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);

        var run = await CliRun.RunAsync(dir.Path, "report", "tx.csv", "--no-progress", "--previous-as-of", "2024-04-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"migration\":{\"earlierAsOf\":\"2024-04-01\",\"laterAsOf\":\"2024-06-02\"", File.ReadAllText(dir.File("segment-report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CustomerTypesTotal_SaysHowManyAreProspects()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Customers\s+5,000", run.Out);
        Assert.Matches(@"Total\s+│\s+6,000 │", run.Out);
        Assert.Contains("6,000 people: 5,000 customers who ordered and 1,000 prospects who never did.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_EmptyScore_TheConsoleSaysWhyWithAndWithoutOut()
    {
        // Six of ten customers bought once, so the lower frequency quantiles are all 1 and F 2 is empty.
        using var dir = new TempDirectory();
        var rows = string.Concat(Enumerable.Range(0, 10).SelectMany(c => Enumerable.Range(0, c < 6 ? 1 : c - 4).Select(o => $"c{c},2024-0{1 + o}-0{1 + c % 9},{10 + c}\n")));
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + rows);

        var table = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress");
        var file = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress", "--out", "scores.csv");

        // The value (1) is not shown: the bands of the four repeat buyers are suppressed.
        const string Expected = "Note: F score 2 is empty: the quantile cut points 1 and 2 of frequency (orders) are equal";
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(Expected, table.Out, StringComparison.Ordinal);
        Assert.Equal(0, file.ExitCode);
        Assert.Contains(Expected, file.Error, StringComparison.Ordinal);
    }
}
