using Segmentation.Cli.Commands;
using Segmentation.Privacy;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>
/// Number options that are not numbers, or out of range, name the option and the form it takes
/// (probe item 7: "Failed to convert 'abc' to Int32." named neither).
/// </summary>
public sealed class NumberOptionTests
{
    [Theory]
    [InlineData("predict", "--horizon", "abc", "--horizon 'abc' is not a positive number of weeks")]
    [InlineData("predict", "--horizon", "", "--horizon '' is not a positive number of weeks")]
    [InlineData("predict", "--discount-rate", "ten", "--discount-rate 'ten' is not a non-negative annual rate")]
    [InlineData("report", "--horizon", "1,5", "--horizon '1,5' is not a positive number of weeks")]
    [InlineData("rfm", "--min-group-size", "abc", "--min-group-size 'abc' is not a whole number from 0 to 2147483647")]
    [InlineData("rfm", "--min-group-size", "2.5", "--min-group-size '2.5' is not a whole number")]
    [InlineData("rfm", "--min-group-size", "99999999999", "--min-group-size '99999999999' is not a whole number from 0 to 2147483647")]
    [InlineData("rfm", "--min-group-size", "", "--min-group-size '' is not a whole number")]
    [InlineData("types", "--min-group-size", "x", "--min-group-size 'x' is not a whole number")]
    [InlineData("rfm", "--bins", "five", "--bins 'five' is not a whole number; use 2 to 9")]
    [InlineData("evaluate", "--min-group-size", "abc", "--min-group-size 'abc' is not a whole number")]
    [InlineData("demo", "--customers", "many", "--customers 'many' is not a whole number; use 10 to 5,000,000")]
    [InlineData("demo", "--seed", "1e3", "--seed '1e3' is not a whole number from -2147483648 to 2147483647")]
    public async Task NumberOption_TextThatIsNoNumber_ExitsTwoNamingTheOptionAndTheForm(string command, string option, string value, string expected)
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\nc1,2024-01-01,5\n");
        string[] args = command switch
        {
            "demo" => ["demo", "--out", "d.html"],
            "evaluate" => ["evaluate", "--definitions", "s.json", "--customers", "c.csv"],
            "report" => ["report", "tx.csv", "--no-progress", "--predict"],
            _ => [command, "tx.csv", "--no-progress"],
        };

        var run = await CliRun.RunAsync(dir.Path, [.. args, option, value]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed to convert", run.Error, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    // Regression (probe item 8): --horizon had no upper bound; 2147483647 was accepted and a
    // horizon of 100000 weeks ran for minutes.
    [Theory]
    [InlineData("weeks", "5218", "--horizon 5218 weeks is longer than 100 years; give at most 5217 weeks")]
    [InlineData("days", "36526", "--horizon 36526 days is longer than 100 years; give at most 36525 days")]
    [InlineData("weeks", "2147483647", "--horizon 2147483647 weeks is longer than 100 years")]
    public async Task Predict_HorizonLongerThanAHundredYears_ExitsTwoBeforeReadingTheInput(string unit, string horizon, string expected)
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\nc1,2024-01-01,5\n");

        var run = await CliRun.RunAsync(dir.Path, "predict", "tx.csv", "--no-progress", "--time-unit", unit, "--horizon", horizon);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Read ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultMinGroupSizeText_IsTheLibrarysDefault()
    {
        var settings = new RfmSettings();

        Assert.Equal(SmallCellSuppression.DefaultMinGroupSize, settings.MinGroupSize);
        Assert.Equal(SmallCellSuppression.DefaultMinGroupSize, new EvaluateSettings().MinGroupSize);
    }
}
