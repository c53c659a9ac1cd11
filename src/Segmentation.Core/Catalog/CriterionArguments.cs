using Segmentation.Definitions;

namespace Segmentation.Catalog;

/// <summary>The arguments a definition gave to a custom criterion, already checked against its parameters.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CriterionArguments
{
    private readonly IReadOnlyDictionary<string, SegmentValue> _values;

    /// <summary>Creates arguments from name-value pairs.</summary>
    /// <param name="values">The arguments by name.</param>
    public CriterionArguments(IReadOnlyDictionary<string, SegmentValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    /// <summary>Gets the arguments by name.</summary>
    public IReadOnlyDictionary<string, SegmentValue> Values => _values;

    /// <summary>Gets a number argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The number.</returns>
    /// <exception cref="KeyNotFoundException">No argument of that name was given.</exception>
    public decimal GetNumber(string name) => _values[Key(name)].Number;

    /// <summary>Gets a string argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The string.</returns>
    /// <exception cref="KeyNotFoundException">No argument of that name was given.</exception>
    public string GetString(string name) => _values[Key(name)].String;

    /// <summary>Gets a boolean argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The boolean.</returns>
    /// <exception cref="KeyNotFoundException">No argument of that name was given.</exception>
    public bool GetBoolean(string name) => _values[Key(name)].Boolean;

    /// <summary>Gets an instant argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="KeyNotFoundException">No argument of that name was given.</exception>
    public DateTimeOffset GetDateTime(string name) => _values[Key(name)].DateTime;

    /// <summary>Gets a date argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The date.</returns>
    /// <exception cref="KeyNotFoundException">No argument of that name was given.</exception>
    public DateOnly GetDate(string name) => _values[Key(name)].Date;

    /// <summary>Gets an optional argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, when given.</param>
    /// <returns><see langword="true"/> when the argument was given.</returns>
    public bool TryGet(string name, out SegmentValue value) => _values.TryGetValue(Key(name), out value);

    private static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name;
    }
}
