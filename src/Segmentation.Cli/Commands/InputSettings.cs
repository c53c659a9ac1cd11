using System.ComponentModel;
using System.Globalization;
using Segmentation.Cli.Input;
using Segmentation.Rfm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options shared by the commands that read a transaction CSV.</summary>
internal class InputSettings : CommandSettings
{
    [CommandArgument(0, "<transactions.csv>")]
    [Description("CSV with a header naming customer_id, order_date (ISO date or date-time) and amount; order_id optional; other columns ignored.")]
    public string Input { get; set; } = string.Empty;

    [CommandOption("--as-of <DATE>")]
    [Description("Date recency is measured to (yyyy-MM-dd). Default: the day after the latest transaction.")]
    public string? AsOf { get; set; }

    [CommandOption("--bins <N>")]
    [Description("Number of scores per dimension (2 to 9 suit the rfm code).")]
    [DefaultValue(5)]
    public int Bins { get; set; } = 5;

    [CommandOption("--method <METHOD>")]
    [Description("quantile (ties share a score) or ntile (SQL NTILE; ties broken by customer_id).")]
    [DefaultValue("quantile")]
    public string Method { get; set; } = "quantile";

    [CommandOption("--skip-invalid")]
    [Description("Count and skip malformed rows instead of stopping at the first one.")]
    public bool SkipInvalid { get; set; }

    [CommandOption("--customer-column <NAME>")]
    [Description("Header name of the customer id column.")]
    [DefaultValue("customer_id")]
    public string CustomerColumn { get; set; } = "customer_id";

    [CommandOption("--date-column <NAME>")]
    [Description("Header name of the order date column.")]
    [DefaultValue("order_date")]
    public string DateColumn { get; set; } = "order_date";

    [CommandOption("--amount-column <NAME>")]
    [Description("Header name of the amount column.")]
    [DefaultValue("amount")]
    public string AmountColumn { get; set; } = "amount";

    [CommandOption("--order-column <NAME>")]
    [Description("Header name of the optional order id column (lines of one order count once).")]
    [DefaultValue("order_id")]
    public string OrderColumn { get; set; } = "order_id";

    [CommandOption("--no-progress")]
    [Description("Do not show the progress bar.")]
    public bool NoProgress { get; set; }

    [CommandOption("--create-dirs")]
    [Description("Create the output file's missing folders instead of stopping with an error.")]
    public bool CreateDirs { get; set; }

    public DateOnly? AsOfDate => AsOf is null ? null : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public TransactionColumns Columns => new() { CustomerId = CustomerColumn, OrderDate = DateColumn, Amount = AmountColumn, OrderId = OrderColumn };

    public RfmScoringOptions ScoringOptions => new()
    {
        Bins = Bins,
        Method = string.Equals(Method, "ntile", StringComparison.OrdinalIgnoreCase) ? RfmMethod.Ntile : RfmMethod.Quantile,
    };

    public override ValidationResult Validate()
    {
        if (AsOf is not null && !DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--as-of '{AsOf}' is not a date in the form yyyy-MM-dd.");
        }

        if (Bins is < 2 or > 9)
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--bins {Bins} is out of range; use 2 to 9 so that the rfm code 100R+10F+M stays readable."));
        }

        if (!string.Equals(Method, "quantile", StringComparison.OrdinalIgnoreCase) && !string.Equals(Method, "ntile", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--method '{Method}' is unknown; use quantile or ntile.");
        }

        return ValidationResult.Success();
    }
}
