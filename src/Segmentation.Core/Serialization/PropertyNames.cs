namespace Segmentation.Serialization;

/// <summary>The property names of the JSON format.</summary>
internal static class PropertyNames
{
    internal const string Version = "version";
    internal const string Name = "name";
    internal const string Description = "description";

    internal const string Action = "action";
    internal const string Criteria = "criteria";
    internal const string Criterion = "criterion";
    internal const string Kind = "kind";
    internal const string Field = "field";
    internal const string Operator = "operator";
    internal const string Value = "value";
    internal const string Values = "values";
    internal const string Low = "low";
    internal const string High = "high";
    internal const string IgnoreCase = "ignoreCase";
    internal const string Last = "last";
    internal const string OlderThan = "olderThan";
    internal const string From = "from";
    internal const string To = "to";
    internal const string Unit = "unit";
    internal const string Collection = "collection";
    internal const string Function = "function";
    internal const string Filter = "filter";
    internal const string Window = "window";
    internal const string Segment = "segment";
    internal const string Arguments = "arguments";
    internal const string Segments = "segments";
    internal const string Mode = "mode";
    internal const string Fallback = "fallback";
    internal const string MinYears = "minYears";
    internal const string MaxYears = "maxYears";
    internal const string LatitudeField = "latitudeField";
    internal const string LongitudeField = "longitudeField";
    internal const string Latitude = "latitude";
    internal const string Longitude = "longitude";
    internal const string RadiusKm = "radiusKm";
    internal const string Channel = "channel";
    internal const string GivenSince = "givenSince";
}
