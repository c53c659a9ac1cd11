using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Segmentation.Cli.Input;

namespace Segmentation.Cli.Database;

/// <summary>
/// The mapping query's data errors as the input errors a bad CSV cell gives (exit 1): a NULL amount
/// (which SUM would skip, counting the order as 0) is turned into a value that fails to convert,
/// tagged with <see cref="NoAmount"/> and the customer, and a value the database cannot convert
/// names its column. Connection and SQL errors stay usage errors.
/// </summary>
internal static class OrderValueErrors
{
    /// <summary>The text the mapping puts in place of a NULL amount, followed by the customer id; it is not a number, so the sum fails on it.</summary>
    public const string NoAmount = "segment: no amount, customer ";

    /// <summary>The amount expression: the cast that RFM sums, with a NULL amount made an error that names the customer.</summary>
    public static string Amount(DatabaseProvider provider, string amount, string customer) => provider == DatabaseProvider.Postgres
        ? $"COALESCE(CAST({amount} AS numeric), CAST(CONCAT('{NoAmount}', {customer}) AS numeric))"
        : $"COALESCE(CAST({amount} AS TEXT), '{NoAmount}' || COALESCE(CAST({customer} AS TEXT), ''))";

    /// <summary>Explains a database error of the grouped query as a data error, or returns <see langword="null"/> when it is not one.</summary>
    public static SegmentationException? Explain(DbException error, DatabaseSource source, TransactionColumns names, string what)
    {
        var message = source.Redact(error.Message);
        var tag = message.IndexOf(NoAmount, StringComparison.Ordinal);
        if (tag >= 0)
        {
            var customer = message[(tag + NoAmount.Length)..];
            customer = customer[..Math.Max(0, customer.IndexOfAny(['\'', '"']) is var end and >= 0 ? end : customer.Length)];
            return new SegmentationException(
                $"{what}: an order of customer '{customer}' has no amount (NULL in column '{names.Amount}'). Every order needs an amount, as in a CSV file; fill it in, or leave such orders out with --query.",
                names.Amount);
        }

        var (column, option, kind) = error switch
        {
            PostgresException { SqlState: var state } when state.StartsWith("22", StringComparison.Ordinal) || state == "42846" =>
                message.Contains("numeric", StringComparison.Ordinal) ? (names.Amount, "--amount-column", "a number")
                : message.Contains("time", StringComparison.Ordinal) || message.Contains("date", StringComparison.Ordinal) ? (names.OrderDate, "--date-column", "a date")
                : (null, null, null),
            SqliteException { SqliteErrorCode: 1 } when message.Contains("not in a correct format", StringComparison.Ordinal) => (names.Amount, "--amount-column", "a number"),
            _ => (null, null, null),
        };
        return column is null
            ? null
            : new SegmentationException($"{what}: column '{column}' ({option}) has a value that is not {kind}: {FirstLine(message)} Fix the value, or convert the column in --query.", column);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        var line = (end < 0 ? message : message[..end]).Trim();
        return line.EndsWith('.') ? line : line + ".";
    }
}
