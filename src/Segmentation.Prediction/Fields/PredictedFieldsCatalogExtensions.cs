using System.Linq.Expressions;
using System.Reflection;
using Segmentation.Catalog;

namespace Segmentation.Prediction.Fields;

/// <summary>Adds predicted fields to a catalog, through the custom-field mechanism of Segmentation.Core.</summary>
public static class PredictedFieldsCatalogExtensions
{
    private static readonly MethodInfo ReadMethod = typeof(PredictedFields).GetMethod(nameof(PredictedFields.Read), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>
    /// Adds the six predicted fields (<see cref="PredictedFields.ProbabilityAlive"/> and the others),
    /// read for each record by its customer id; usable from the DSL (<c>Where&lt;decimal&gt;("pAlive")</c>)
    /// and from JSON definitions (<c>"field": "pAlive"</c>).
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="builder">The catalog builder.</param>
    /// <param name="predictions">The predictions.</param>
    /// <param name="customerId">Reads a record's customer id, the id the transactions carry, e.g. <c>c =&gt; c.Id</c>.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// The fields are in memory only (<see cref="CatalogField.IsTranslatable"/> is <see langword="false"/>):
    /// running a segment that uses them inside a database throws a <see cref="SegmentationException"/>
    /// naming them. Explanations show each value with its model, estimates and calibration end.
    /// </remarks>
    /// <exception cref="SegmentationException">The catalog has a field of one of these names already.</exception>
    public static FieldCatalogBuilder<T> AddPredictedFields<T>(this FieldCatalogBuilder<T> builder, PredictedFields predictions, Expression<Func<T, string?>> customerId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(customerId);
        var name = Expression.Parameter(typeof(string), "name");

        // The name is a constant once the catalog inlines it, so the column lookup folds to one call per field.
        var column = Expression.Call(typeof(PredictedFields).GetMethod(nameof(PredictedFields.ColumnOf), BindingFlags.Static | BindingFlags.NonPublic)!, name);
        var read = Expression.Call(Expression.Constant(predictions), ReadMethod, customerId.Body, column);
        return builder.AddCustomFields(predictions.Schema, Expression.Lambda<Func<T, string, object?>>(read, customerId.Parameters[0], name));
    }
}
