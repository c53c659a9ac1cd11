using System.Collections.Frozen;

namespace Segmentation.Compilation;

/// <summary>
/// Ordinal string-set tests for the compiled delegate. Lists and arrays are walked by index so that
/// no enumerator is allocated; a missing set is empty.
/// </summary>
internal static class SetMatching
{
    internal static bool ContainsAny(IEnumerable<string>? set, FrozenSet<string> values)
    {
        switch (set)
        {
            case null:
                return false;
            case List<string> list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { } item && values.Contains(item))
                    {
                        return true;
                    }
                }

                return false;
            case string[] array:
                foreach (var item in array)
                {
                    if (item is not null && values.Contains(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                foreach (var item in set)
                {
                    if (item is not null && values.Contains(item))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    internal static bool ContainsNone(IEnumerable<string>? set, FrozenSet<string> values) => !ContainsAny(set, values);

    internal static bool ContainsAll(IEnumerable<string>? set, string[] values)
    {
        if (set is null)
        {
            return false;
        }

        foreach (var value in values)
        {
            if (!Has(set, value))
            {
                return false;
            }
        }

        return true;
    }

    // Ordinal on purpose: a HashSet with its own comparer must not change the meaning of a definition.
    private static bool Has(IEnumerable<string> set, string value)
    {
        switch (set)
        {
            case List<string> list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (string.Equals(list[i], value, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            case string[] array:
                return Array.IndexOf(array, value) >= 0;
            default:
                foreach (var item in set)
                {
                    if (string.Equals(item, value, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
        }
    }
}
