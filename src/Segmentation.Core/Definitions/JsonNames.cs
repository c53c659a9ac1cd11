namespace Segmentation.Definitions;

/// <summary>
/// The spellings of operators and enum values in the JSON format, in one place so that error
/// messages, the JSON reader and the writer agree.
/// </summary>
internal static partial class JsonNames
{
    internal static string Of(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        _ => ">=",
    };

    internal static string Of(TextOperator op) => op switch
    {
        TextOperator.Equal => "equals",
        TextOperator.StartsWith => "startsWith",
        TextOperator.EndsWith => "endsWith",
        _ => "contains",
    };

    internal static string Of(SetOperator op) => op switch
    {
        SetOperator.ContainsAny => "containsAny",
        SetOperator.ContainsAll => "containsAll",
        _ => "containsNone",
    };

    internal static string Of(AggregateFunction function) => function switch
    {
        AggregateFunction.Count => "count",
        AggregateFunction.Sum => "sum",
        AggregateFunction.Average => "average",
        AggregateFunction.Min => "min",
        _ => "max",
    };

    internal static string Of(TimeUnit unit) => unit switch
    {
        TimeUnit.Days => "days",
        TimeUnit.Weeks => "weeks",
        TimeUnit.Months => "months",
        _ => "years",
    };
}
