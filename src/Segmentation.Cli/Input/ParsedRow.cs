using System.Runtime.InteropServices;

namespace Segmentation.Cli.Input;

/// <summary>
/// One valid row of the UTF-8 fast path: the customer id's key (<see cref="Utf8Values.Key"/>),
/// the day and amount, and where the id and the trimmed order id sit in the file's bytes.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct ParsedRow(ulong Key0, ulong Key1, decimal Amount, int Day, int IdStart, int IdLength, int OrderStart, int OrderLength);
