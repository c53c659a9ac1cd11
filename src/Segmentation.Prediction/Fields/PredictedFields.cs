using System.Collections.Frozen;
using Segmentation.Catalog;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Runs;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Value;

namespace Segmentation.Prediction.Fields;

/// <summary>
/// A fitted model's predictions as custom fields of a catalog, so that segments can use them:
/// P(alive), expected purchases over the horizon, lifetime value, and each one's percentile among
/// the scored customers ("about to be lost": <c>pAlive &lt; 0.3</c> and <c>clvPercentile &gt;= 80</c>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Add the fields with
/// <see cref="PredictedFieldsCatalogExtensions.AddPredictedFields{T}"/>; they are read in memory
/// (by customer id), so a segment using them cannot run inside a database. A customer the model
/// did not score (no purchase in the calibration period) has no value: every test of it is false.
/// </remarks>
public sealed partial class PredictedFields
{
    /// <summary>The field of P(alive) at the calibration end, 0 to 1.</summary>
    public const string ProbabilityAlive = "pAlive";

    /// <summary>The field of the expected purchases over the horizon.</summary>
    public const string ExpectedPurchases = "expectedPurchases";

    /// <summary>The field of the lifetime value over the horizon (missing without a spend model).</summary>
    public const string LifetimeValue = "clv";

    /// <summary>The field of the percentile rank of P(alive) among the scored customers, 0 to 100.</summary>
    public const string ProbabilityAlivePercentile = "pAlivePercentile";

    /// <summary>The field of the percentile rank of the expected purchases, 0 to 100.</summary>
    public const string ExpectedPurchasesPercentile = "expectedPurchasesPercentile";

    /// <summary>The field of the percentile rank of the lifetime value among the customers that have one, 0 to 100.</summary>
    public const string LifetimeValuePercentile = "clvPercentile";

    private static readonly string[] Names = [ProbabilityAlive, ExpectedPurchases, LifetimeValue, ProbabilityAlivePercentile, ExpectedPurchasesPercentile, LifetimeValuePercentile];

    private readonly FrozenDictionary<string, int> _rows;
    private readonly object?[][] _columns;

    private PredictedFields(string[] ids, decimal?[][] values, string[] displayNames, string[] sources)
    {
        _rows = ids.Select((id, row) => KeyValuePair.Create(id, row)).ToFrozenDictionary(StringComparer.Ordinal);
        _columns = [.. values.Select(column => column.Select(v => (object?)v).ToArray())];
        Schema = new CustomFieldSchema(Names.Select((name, i) => new CustomFieldDefinition(name, FieldKind.Number, displayNames[i]) { Source = sources[i] }));
        Count = ids.Length;
    }

    /// <summary>Gets the six fields (numbers), each with its display name and source: the model, its estimates, the calibration end and the horizon.</summary>
    public CustomFieldSchema Schema { get; }

    /// <summary>Gets the number of scored customers.</summary>
    public int Count { get; }

    /// <summary>Takes the predictions of a run: its count model, horizon and, when it has one, its spend model and discount rate.</summary>
    /// <param name="run">The prediction run.</param>
    /// <returns>The fields.</returns>
    public static PredictedFields From(PredictionRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var customers = run.Customers;
        return Create(
            run.Model,
            run.Spend,
            run.Summary,
            run.Horizon,
            run.AnnualDiscountRate,
            [.. customers.Select(c => c.CustomerId)],
            [.. customers.Select(c => c.ProbabilityAlive)],
            [.. customers.Select(c => c.ExpectedPurchases)],
            [.. customers.Select(c => c.LifetimeValue)]);
    }

    /// <summary>Predicts for every customer of a summary with a fitted count model and, optionally, a spend model.</summary>
    /// <param name="model">The fitted count model.</param>
    /// <param name="summary">The customers to score (the calibration end is the summary's).</param>
    /// <param name="horizon">The horizon of the expected purchases and the lifetime value, in the model's time unit.</param>
    /// <param name="spend">The fitted spend model; without one the lifetime value fields are missing.</param>
    /// <param name="annualDiscountRate">The discount rate of the lifetime value per year (0.1 for 10%).</param>
    /// <returns>The fields.</returns>
    /// <exception cref="SegmentationException">The model's time unit is not the summary's.</exception>
    public static PredictedFields From(CountModel model, PurchaseSummary summary, double horizon, GammaGammaModel? spend = null, double annualDiscountRate = 0.1)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(summary);
        if (model.TimeUnit != summary.TimeUnit)
        {
            throw new SegmentationException($"The model predicts in {model.TimeUnit} and the summary is in {summary.TimeUnit}; fit the model on this summary or summarise in its unit.", nameof(model));
        }

        var customers = summary.Customers;
        return Create(
            model,
            spend,
            summary,
            horizon,
            annualDiscountRate,
            [.. customers.Select(c => c.CustomerId)],
            [.. customers.Select(c => model.ProbabilityAlive(c))],
            [.. customers.Select(c => model.ConditionalExpectedPurchases(horizon, c))],
            [.. customers.Select(c => spend is null ? null : CustomerValue.LifetimeValue(model, spend, c, horizon, annualDiscountRate))]);
    }

    /// <summary>Finds one customer's value of a field.</summary>
    /// <param name="customerId">The customer's id, as in the transactions.</param>
    /// <param name="field">One of the field names, e.g. <see cref="ProbabilityAlive"/>.</param>
    /// <returns>The value, or <see langword="null"/> when the customer was not scored or has no value of the field.</returns>
    /// <exception cref="SegmentationException">The field is not one of the six.</exception>
    public decimal? Find(string customerId, string field)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        return (decimal?)Read(customerId, ColumnOf(field));
    }

    /// <summary>Reads a value boxed once at construction, so that segment tests allocate nothing.</summary>
    internal object? Read(string? customerId, int column) =>
        customerId is not null && _rows.TryGetValue(customerId, out var row) ? _columns[column][row] : null;

    internal static int ColumnOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var column = Array.IndexOf(Names, field);
        return column >= 0
            ? column
            : throw new SegmentationException($"'{field}' is not a predicted field; the fields are {string.Join(", ", Names)}.", field);
    }
}
