namespace Segmentation.Catalog;

/// <summary>Maps CLR types onto field kinds; anything not listed here cannot be a field.</summary>
internal static class ClrFieldTypes
{
    private static readonly HashSet<Type> NumberTypes =
    [
        typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal),
    ];

    /// <summary>Finds the kind of a scalar or string-set type; <see langword="null"/> when it is not one.</summary>
    internal static FieldKind? ScalarKind(Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (core == typeof(bool))
        {
            return FieldKind.Boolean;
        }

        if (NumberTypes.Contains(core))
        {
            return FieldKind.Number;
        }

        if (core == typeof(string) || core.IsEnum)
        {
            return FieldKind.String;
        }

        if (core == typeof(DateTime) || core == typeof(DateTimeOffset))
        {
            return FieldKind.DateTime;
        }

        if (core == typeof(DateOnly))
        {
            return FieldKind.Date;
        }

        return ElementType(type) == typeof(string) ? FieldKind.StringSet : null;
    }

    /// <summary>The element type of a collection of records, or <see langword="null"/>.</summary>
    internal static Type? RecordElementType(Type type)
    {
        var element = ElementType(type);
        return element is not null && element != typeof(string) && ScalarKind(element) is null && element.IsClass ? element : null;
    }

    /// <summary>Whether a type is a plain nested object whose properties can be flattened.</summary>
    internal static bool IsNestedObject(Type type) =>
        type.IsClass && type != typeof(string) && ElementType(type) is null && !type.IsArray && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
