using System.Numerics;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// Sorts customer columns in place by id: an introsort on the ids that swaps the three value
/// columns along, so putting streamed rows in ordinal id order needs no permutation array and no
/// second copy of the columns (the database path's client memory; docs/performance.md).
/// </summary>
internal static class ColumnSort
{
    private const int InsertionSortLimit = 16;

    /// <summary>Sorts <paramref name="ids"/> by <paramref name="order"/>; element i of every other column moves with id i.</summary>
    /// <param name="ids">The keys.</param>
    /// <param name="first">A column that moves with the ids.</param>
    /// <param name="second">Another.</param>
    /// <param name="third">Another.</param>
    /// <param name="order">The id order.</param>
    /// <param name="depthLimit">The quicksort depth before heap sort takes over; <see langword="null"/> for 2 log2(n) + 2 (tests force the fallback with 0).</param>
    public static void Sort<TId, TOrder>(TId[] ids, int[] first, int[] second, decimal[] third, TOrder order, int? depthLimit = null)
        where TOrder : struct, IComparer<TId>
    {
        if (first.Length != ids.Length || second.Length != ids.Length || third.Length != ids.Length)
        {
            throw new ArgumentException("The columns differ in length.", nameof(ids));
        }

        if (ids.Length > 1)
        {
            new Columns<TId, TOrder>(ids, first, second, third, order).IntroSort(0, ids.Length - 1, depthLimit ?? 2 * (BitOperations.Log2((uint)ids.Length) + 1));
        }
    }

    private readonly struct Columns<TId, TOrder>(TId[] ids, int[] first, int[] second, decimal[] third, TOrder order)
        where TOrder : struct, IComparer<TId>
    {
        public void IntroSort(int lo, int hi, int depth)
        {
            while (hi - lo >= InsertionSortLimit)
            {
                if (depth-- == 0)
                {
                    HeapSort(lo, hi);
                    return;
                }

                var pivot = Partition(lo, hi);
                // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
                if (pivot - lo < hi - pivot)
                {
                    IntroSort(lo, pivot - 1, depth);
                    lo = pivot + 1;
                }
                else
                {
                    IntroSort(pivot + 1, hi, depth);
                    hi = pivot - 1;
                }
            }

            InsertionSort(lo, hi);
        }

        /// <summary>Median of three as the pivot, parked at hi - 1; returns its final place.</summary>
        private int Partition(int lo, int hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            SwapIfGreater(lo, mid);
            SwapIfGreater(lo, hi);
            SwapIfGreater(mid, hi);
            Swap(mid, hi - 1);
            var pivot = ids[hi - 1];
            int left = lo, right = hi - 1;
            while (left < right)
            {
                while (order.Compare(ids[++left], pivot) < 0)
                {
                }

                while (order.Compare(pivot, ids[--right]) < 0)
                {
                }

                if (left >= right)
                {
                    break;
                }

                Swap(left, right);
            }

            if (left != hi - 1)
            {
                Swap(left, hi - 1);
            }

            return left;
        }

        private void InsertionSort(int lo, int hi)
        {
            for (var i = lo + 1; i <= hi; i++)
            {
                for (var j = i; j > lo && order.Compare(ids[j], ids[j - 1]) < 0; j--)
                {
                    Swap(j, j - 1);
                }
            }
        }

        private void HeapSort(int lo, int hi)
        {
            var n = hi - lo + 1;
            for (var i = n / 2; i >= 1; i--)
            {
                DownHeap(i, n, lo);
            }

            for (var i = n; i > 1; i--)
            {
                Swap(lo, lo + i - 1);
                DownHeap(1, i - 1, lo);
            }
        }

        /// <summary>Sifts heap node <paramref name="i"/> (1-based, offset by <paramref name="lo"/>) down a heap of <paramref name="n"/>.</summary>
        private void DownHeap(int i, int n, int lo)
        {
            while (i <= n / 2)
            {
                var child = 2 * i;
                if (child < n && order.Compare(ids[lo + child - 1], ids[lo + child]) < 0)
                {
                    child++;
                }

                if (order.Compare(ids[lo + i - 1], ids[lo + child - 1]) >= 0)
                {
                    return;
                }

                Swap(lo + i - 1, lo + child - 1);
                i = child;
            }
        }

        private void SwapIfGreater(int i, int j)
        {
            if (order.Compare(ids[i], ids[j]) > 0)
            {
                Swap(i, j);
            }
        }

        private void Swap(int i, int j)
        {
            (ids[i], ids[j]) = (ids[j], ids[i]);
            (first[i], first[j]) = (first[j], first[i]);
            (second[i], second[j]) = (second[j], second[i]);
            (third[i], third[j]) = (third[j], third[i]);
        }
    }
}
