// SPDX-License-Identifier: Apache-2.0
// Evaluated in the QJSEngine before nunjucks.min.js: fixes for differences between Qt 6.4's V4 and the V8
// that Backstage runs nunjucks on. Each one was found by a conformance case.

// V4 makes Error.prototype.stack non-configurable and nunjucks redefines it, which would turn every template
// error into "TypeError: Type error". Swallow just that redefinition.
(function () {
    var dp = Object.defineProperty;
    Object.defineProperty = function (o, p, d) {
        try {
            return dp(o, p, d);
        } catch (e) {
            if (p === 'stack' && o instanceof Error) return o;
            throw e;
        }
    };
})();

// V4 (Qt 6.4) sorts unstably and mishandles substr(0, Infinity); nunjucks' sort, dictsort and urlize rely on
// what V8 does, so both get spec-conforming replacements.
(function () {
    function defaultCompare(a, b) {
        var x = String(a), y = String(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    function mergeSort(list, cmp) {
        if (list.length < 2) return list;
        var mid = list.length >> 1;
        var left = mergeSort(list.slice(0, mid), cmp), right = mergeSort(list.slice(mid), cmp);
        var out = [], i = 0, j = 0;
        while (i < left.length && j < right.length) out.push(cmp(right[j], left[i]) < 0 ? right[j++] : left[i++]);
        while (i < left.length) out.push(left[i++]);
        while (j < right.length) out.push(right[j++]);
        return out;
    }
    Object.defineProperty(Array.prototype, 'sort', {
        configurable: true, writable: true,
        value: function (comparefn) {
            var n = this.length >>> 0, values = [], undefs = 0, i;
            for (i = 0; i < n; ++i) {
                if (!(i in this)) continue;
                if (this[i] === undefined) ++undefs; else values.push(this[i]);
            }
            var cmp = comparefn === undefined ? defaultCompare : function (a, b) {
                var r = +comparefn(a, b);
                return r !== r ? 0 : r;
            };
            values = mergeSort(values, cmp);
            var k = 0;
            for (; k < values.length; ++k) this[k] = values[k];
            for (i = 0; i < undefs; ++i) this[k++] = undefined;
            for (; k < n; ++k) delete this[k];
            return this;
        }
    });
    // nunjucks compiles `r/a\/b/` through RegExp#toString. V4's `source` escapes every '/' even when it is
    // already escaped (`a\/b` -> `a\\/b`), which makes the generated code unparsable; undo that and escape
    // like V8.
    var sourceOf = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
    Object.defineProperty(RegExp.prototype, 'toString', {
        configurable: true, writable: true,
        value: function () {
            var src = String(sourceOf.call(this)).replace(/\\\//g, '/'), out = '', inClass = false;
            for (var i = 0; i < src.length; ++i) {
                var c = src.charAt(i);
                if (c === '\\' && i + 1 < src.length) {
                    out += c + src.charAt(++i);
                    continue;
                }
                if (c === '[') inClass = true;
                else if (c === ']') inClass = false;
                out += (c === '/' && !inClass) ? '\\/' : c;
            }
            return '/' + out + '/' + (this.global ? 'g' : '') + (this.ignoreCase ? 'i' : '') +
                (this.multiline ? 'm' : '') + (this.unicode ? 'u' : '') + (this.sticky ? 'y' : '');
        }
    });
    var substr = String.prototype.substr;
    Object.defineProperty(String.prototype, 'substr', {
        configurable: true, writable: true,
        value: function (start, length) {
            if (arguments.length < 2 || length === undefined) return substr.call(this, start);
            return substr.call(this, start, +length > this.length ? this.length : length);
        }
    });
})();

