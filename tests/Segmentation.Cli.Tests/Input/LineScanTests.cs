using System.Runtime.Intrinsics;
using System.Text;
using Segmentation.Cli.Input;

namespace Segmentation.Cli.Tests.Input;

public sealed class LineScanTests
{
    public static TheoryData<string, int, int, int, int[]> Lines => new()
    {
        // text, line start, columns needed after the first, newline position, commas recorded
        { "C0000001,2023-06-07,31.87\nC0000002,2023-06-08,1\n", 0, 2, 25, [8, 19] },

        // Columns 0..1 needed: the comma after column 1 ends it; later commas are not recorded.
        { "a,b,c,d,e\n" + new string('x', 40), 0, 1, 9, [1, 3] },

        // Commas after the newline belong to the next line.
        { "a\nb,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q", 0, 2, 1, [] },

        // The newline at the vector's last byte.
        { new string('a', 10) + "," + new string('b', 20) + "\n" + "tail", 0, 1, 31, [10] },

        // Positions are absolute, from a line that starts after the header.
        { "header,x,y\nb,2024-01-01,10\n" + new string(' ', 40), 11, 2, 26, [12, 23] },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void TryFind_LineWithinOneVector_FindsNewlineAndNeededCommas(string text, int lineStart, int need, int expectedNewline, int[] expectedCommas)
    {
        var commas = new int[need + 1];
        var found = -1;

        var ok = LineScan.TryFind(Encoding.UTF8.GetBytes(text), lineStart, need, commas, ref found, out var newline);

        // Without 256-bit vectors the scan declines and the byte scan does the work.
        Assert.Equal(Vector256.IsHardwareAccelerated, ok);
        if (ok)
        {
            Assert.Equal(expectedNewline, newline);
            Assert.Equal(expectedCommas, commas[..found]);
        }
    }

    [Fact]
    public void TryFind_LineLongerThanTheVector_LeavesItToTheScalarScan()
    {
        var data = Encoding.UTF8.GetBytes("a," + new string('x', 40) + "\n");
        var found = 5;

        Assert.False(LineScan.TryFind(data, 0, need: 1, new int[2], ref found, out _));
        Assert.Equal(5, found);
    }

    [Fact]
    public void TryFind_FewerThanWidthBytesLeft_ReturnsFalse()
    {
        var found = 0;

        Assert.False(LineScan.TryFind(Encoding.UTF8.GetBytes("a,2024-01-01,1\n"), 0, need: 2, new int[3], ref found, out _));
        Assert.False(LineScan.TryFind(Encoding.UTF8.GetBytes(new string('a', 40) + "\n"), 10, need: 2, new int[3], ref found, out _));
    }
}
