namespace Segmentation.Definitions;

/// <summary>Creates the value-equal lists held by criteria.</summary>
internal static class ValueList
{
    internal static ValueList<T> NonEmpty<T>(IEnumerable<T> items, string owner, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        var array = items.ToArray();
        Names.Check(DefinitionRules.NonEmpty(array.Length, parameterName), owner);

        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException("The list holds a null item.", parameterName);
            }
        }

        return new ValueList<T>(array);
    }
}
