#include <vector>

// Sums the values; returns 0 for an empty vector.
int sum(const std::vector<int> &values)
{
    int total = 0;
    for (int value : values)
        total += value;
    return total < 0 ? 0 : total;
}
