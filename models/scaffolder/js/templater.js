// SPDX-License-Identifier: Apache-2.0
// Portolan's bridge to nunjucks 3.2.4, evaluated in a QJSEngine after nunjucks.min.js.
// It reproduces Backstage's classic SecureTemplater: `${{ }}` variables, autoescape off, the default
// scaffolder filters, and `{{ }}` + jinja compat + `jsonify` for cookiecutterCompat. Compiled templates are
// cached per environment because compiling costs ~100x more than rendering in V4.
var __portolan = (function () {
    'use strict';
    var global = this;
    var nj = this.nunjucks;
    var envs = {};
    var cache = {};
    var cacheSize = 0;
    var uninstallCompat = null;
    var integrations = {
        'github.com': 'github',
        'gitlab.com': 'gitlab',
        'bitbucket.org': 'bitbucket',
        'dev.azure.com': 'azure'
    };

    // ---- filters (Backstage plugins/scaffolder-backend lib/templating/filters) ----

    function jsonClone(v) {
        return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
    }

    function decodeComponent(s) {
        s = s.replace(/\+/g, ' ');
        try {
            return decodeURIComponent(s);
        } catch (e) {
            // URLSearchParams keeps malformed escapes as they are; decode what can be decoded.
            return s.replace(/(%[0-9a-fA-F]{2})+/g, function (m) {
                try { return decodeURIComponent(m); } catch (e2) { return m; }
            });
        }
    }

    // Just enough of the WHATWG URL parser for `https://<value>`: authority, query and fragment.
    function parseHttpsUrl(value) {
        var rest = String(value);
        var hashAt = rest.indexOf('#');
        var fragment = hashAt >= 0 ? rest.slice(hashAt + 1) : null;
        if (hashAt >= 0) rest = rest.slice(0, hashAt);
        var queryAt = rest.indexOf('?');
        var query = queryAt >= 0 ? rest.slice(queryAt + 1) : null;
        if (queryAt >= 0) rest = rest.slice(0, queryAt);
        rest = rest.replace(/\\/g, '/');
        var slashAt = rest.indexOf('/');
        var authority = slashAt >= 0 ? rest.slice(0, slashAt) : rest;
        var path = slashAt >= 0 ? rest.slice(slashAt) : '/';
        var at = authority.lastIndexOf('@');
        var userinfo = at >= 0 ? authority.slice(0, at) : '';
        var hostport = at >= 0 ? authority.slice(at + 1) : authority;
        var host = hostport;
        var port = '';
        var colon = hostport.lastIndexOf(':');
        if (colon >= 0 && hostport.indexOf(']') < colon) {
            host = hostport.slice(0, colon);
            port = hostport.slice(colon + 1);
        }
        host = decodeComponent(host).toLowerCase();
        if (host === '' || /[\s#%\/:<>?@\[\\\]^|]/.test(host) || !/^[0-9]*$/.test(port) || Number(port) > 65535)
            throw new TypeError('Invalid URL');
        if (port !== '') port = String(Number(port));
        if (port === '443') port = '';
        var params = [];
        if (query) {
            query.split('&').forEach(function (pair) {
                if (pair === '') return;
                var eq = pair.indexOf('=');
                var k = eq >= 0 ? pair.slice(0, eq) : pair;
                var v = eq >= 0 ? pair.slice(eq + 1) : '';
                params.push([decodeComponent(k), decodeComponent(v)]);
            });
        }
        var hostWithPort = port ? host + ':' + port : host;
        return {
            host: hostWithPort,
            get: function (name) {
                for (var i = 0; i < params.length; ++i) if (params[i][0] === name) return params[i][1];
                return null;
            },
            has: function (name) { return this.get(name) !== null; },
            toString: function () {
                return 'https://' + (userinfo ? userinfo + '@' : '') + hostWithPort + path +
                    (query !== null ? '?' + query : '') + (fragment !== null ? '#' + fragment : '');
            }
        };
    }

    function inputError(message) {
        var e = new Error(message);
        e.name = 'InputError';
        return e;
    }

    function trimSlashes(s) {
        return s.replace(/^\/+/, '').replace(/\/+$/, '');
    }

    function parseRepoUrl(repoUrl) {
        var parsed;
        try {
            parsed = parseHttpsUrl(repoUrl);
        } catch (error) {
            throw inputError('Invalid repo URL passed to publisher, got ' + repoUrl + ', ' + error);
        }
        var host = parsed.host;
        var type = Object.prototype.hasOwnProperty.call(integrations, host) ? integrations[host] : undefined;
        if (!type)
            throw inputError('No matching integration configuration for host ' + host +
                ', please check your integrations config');
        var p = {};
        ['owner', 'organization', 'workspace', 'project', 'repo'].forEach(function (name) {
            p[name] = parsed.has(name) ? trimSlashes(parsed.get(name)) : undefined;
        });
        function require() {
            for (var i = 0; i < arguments.length; ++i) {
                if (!parsed.get(arguments[i]))
                    throw inputError('Invalid repo URL passed to publisher: ' + parsed.toString() + ', missing ' +
                        arguments[i]);
            }
        }
        switch (type) {
        case 'bitbucket':
            if (host === 'www.bitbucket.org') require('workspace');
            require('project', 'repo');
            break;
        case 'azure': require('project', 'repo'); break;
        case 'gitlab': if (!p.project) require('owner', 'repo'); break;
        case 'gitea': case 'gerrit': require('repo'); break;
        default: require('repo', 'owner'); break;
        }
        return {
            host: host, owner: p.owner, repo: p.repo, organization: p.organization,
            workspace: p.workspace, project: p.project
        };
    }

    function parseRefString(ref) {
        var colonI = ref.indexOf(':');
        var slashI = ref.indexOf('/');
        if (slashI !== -1 && slashI < colonI) colonI = -1;
        var kind = colonI === -1 ? undefined : ref.slice(0, colonI);
        var namespace = slashI === -1 ? undefined : ref.slice(colonI + 1, slashI);
        var name = ref.slice(Math.max(colonI + 1, slashI + 1));
        if (kind === '' || namespace === '' || name === '')
            throw new TypeError('Entity reference "' + ref + '" was not on the form [<kind>:][<namespace>/]<name>');
        return { kind: kind, namespace: namespace, name: name };
    }

    function parseEntityRef(ref, context) {
        if (!ref) throw new Error('Entity reference must not be empty');
        var defaultKind = context ? context.defaultKind : undefined;
        var defaultNamespace = (context && context.defaultNamespace) || 'default';
        var parsed = typeof ref === 'string' ? parseRefString(ref) : ref;
        var kind = parsed.kind !== undefined && parsed.kind !== null ? parsed.kind : defaultKind;
        var namespace = parsed.namespace !== undefined && parsed.namespace !== null ? parsed.namespace
                                                                                      : defaultNamespace;
        var name = parsed.name;
        var textual = JSON.stringify(ref);
        if (!kind)
            throw new Error('Entity reference ' + textual +
                ' had missing or empty kind (e.g. did not start with "component:" or similar)');
        if (!namespace) throw new Error('Entity reference ' + textual + ' had missing or empty namespace');
        if (!name) throw new Error('Entity reference ' + textual + ' had missing or empty name');
        return { kind: kind, namespace: namespace, name: name };
    }

    // lodash `get`: a direct key first, then a property path like `a.b[1].c` or `a["x.y"]`.
    function pathSegments(path) {
        var out = [];
        var re = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
        if (path.charCodeAt(0) === 46) out.push('');
        path.replace(re, function (match, number, quote, subString) {
            out.push(quote ? subString.replace(/\\(\\)?/g, '$1') : (number || match));
            return match;
        });
        return out;
    }

    function pick(object, path) {
        if (object === null || object === undefined) return undefined;
        var segments;
        if (Array.isArray(path)) {
            segments = path;
        } else {
            var key = String(path);
            var deep = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
            segments = (/^\w*$/.test(key) || !deep.test(key) || key in Object(object)) ? [key] : pathSegments(key);
        }
        var value = object;
        for (var i = 0; i < segments.length; ++i) {
            if (value === null || value === undefined) return undefined;
            value = value[segments[i]];
        }
        return value;
    }

    function projectSlug(repoUrl) {
        var r = parseRepoUrl(repoUrl);
        return r.owner + '/' + r.repo;
    }

    // Backstage passes filter arguments and results through JSON across the isolate boundary.
    function boundary(fn) {
        return function () {
            var args = jsonClone(Array.prototype.slice.call(arguments));
            return jsonClone(fn.apply(null, args));
        };
    }

    var defaultFilters = {
        parseRepoUrl: boundary(parseRepoUrl),
        parseEntityRef: boundary(parseEntityRef),
        pick: boundary(pick),
        projectSlug: boundary(projectSlug)
    };

    // ---- environments and rendering ----

    function environment(key) {
        var env = envs[key];
        if (env) return env;
        var compat = key.charAt(0) === '1';
        var opts = { autoescape: false, tags: { variableStart: compat ? '{{' : '${{', variableEnd: '}}' } };
        if (key.charAt(1) !== '-') opts.trimBlocks = key.charAt(1) === '1';
        if (key.charAt(2) !== '-') opts.lstripBlocks = key.charAt(2) === '1';
        env = new nj.Environment([], opts);
        if (compat) {
            env.addFilter('jsonify', env.getFilter('dump'));
        } else {
            for (var name in defaultFilters) env.addFilter(name, defaultFilters[name]);
        }
        envs[key] = env;
        return env;
    }

    function selectCompat(key) {
        var compat = key.charAt(0) === '1';
        if (compat && !uninstallCompat) uninstallCompat = nj.installJinjaCompat();
        if (!compat && uninstallCompat) {
            uninstallCompat();
            uninstallCompat = null;
        }
    }

    function compiled(key, source) {
        var id = key + '\u0000' + source;
        var t = cache[id];
        if (t) return t;
        if (cacheSize > 20000) {
            cache = {};
            cacheSize = 0;
        }
        var env = environment(key);
        var host = global.__portolanCodeCache;
        var code = host ? host.load(id) : '';
        if (!code) {
            try {
                code = nj.compiler.compile(source, env.asyncFilters, env.extensionsList, undefined, env.opts);
            } catch (err) {
                // Let Template wrap the error exactly as usual ("(unknown path) [Line 4, Column 20]...").
                return new nj.Template(source, env, undefined, true);
            }
            if (host) host.store(id, code);
        }
        // What Template#_compile does with a string, minus the compile we may have skipped.
        t = new nj.Template({ type: 'code', obj: new Function(code)() }, env, undefined, true);
        cache[id] = t;
        ++cacheSize;
        return t;
    }

    // Text without any tag delimiter renders to itself; skipping nunjucks for it saves a compile per file.
    // ("#}" outside a comment is an error in nunjucks, so it still goes through.)
    function isPlain(source) {
        return source.indexOf('{{') === -1 && source.indexOf('{%') === -1 && source.indexOf('{#') === -1 &&
            source.indexOf('#}') === -1;
    }

    // ---- shapes: one compile for templates that differ only in their literal text ----
    // A skeleton's files and paths are mostly literal text around the same few tags. The literal runs are
    // replaced by `${{ __portolanText[i] }}` and the result (the "shape") is what gets compiled and cached, so
    // `src/${{ values.name }}/a.go` and `docs/${{ values.name }}.md` share one compiled template. Only done when
    // the swap cannot change the output: no whitespace control, trimBlocks/lstripBlocks, comments or raw blocks,
    // which all edit the text next to a tag.
    var TEXT = '__portolanText';
    var unsafeForShape = /\{%-|-%\}|-\}\}|\{#|#\}|\{%\s*(raw|verbatim)\b/;

    function shapeOf(key, source) {
        if (key.charAt(1) !== '-' || key.charAt(2) !== '-') return null;
        var varStart = key.charAt(0) === '1' ? '{{' : '${{';
        if (unsafeForShape.test(source) || source.indexOf(varStart + '-') !== -1) return null;
        var texts = [], shape = '', i = 0, n = source.length;
        while (i < n) {
            var v = source.indexOf(varStart, i), b = source.indexOf('{%', i);
            var start = v === -1 ? b : (b === -1 ? v : Math.min(v, b));
            if (start === -1) start = n;
            if (start > i) {
                shape += varStart + ' ' + TEXT + '[' + texts.length + '] }}';
                texts.push(source.slice(i, start));
            }
            if (start === n) break;
            var isVar = start === v;
            var close = isVar ? '}}' : '%}';
            var j = start + (isVar ? varStart.length : 2), quote = '';
            for (; j < n; ++j) {
                var c = source.charAt(j);
                if (quote) {
                    if (c === '\\') ++j; else if (c === quote) quote = '';
                } else if (c === '"' || c === "'") {
                    quote = c;
                } else if (source.substr(j, 2) === close) {
                    break;
                }
            }
            if (j >= n) return null; // unterminated: nunjucks reports it on the real source
            shape += source.slice(start, j + 2);
            i = j + 2;
        }
        return { shape: shape, texts: texts };
    }

    function renderRaw(key, source, context) {
        source = String(source);
        if (isPlain(source)) return source;
        selectCompat(key);
        // A fresh copy per render, like Backstage's JSON hand-over: templates may mutate values (`append`).
        var data = context === undefined ? {} : JSON.parse(JSON.stringify(context));
        var s = api.shapes ? shapeOf(key, source) : null;
        if (s && !Object.prototype.hasOwnProperty.call(data, TEXT)) {
            data[TEXT] = s.texts;
            try {
                return compiled(key, s.shape).render(data);
            } catch (e) {
                // Error messages carry line and column: let the real source produce them.
                delete data[TEXT];
                data = context === undefined ? {} : JSON.parse(JSON.stringify(context));
            }
        }
        return compiled(key, source).render(data);
    }

    // `${{ a }}` alone in a string keeps its type: rendered as `${{ (a) | dump }}` and JSON-parsed.
    function isSingleTemplateString(input) {
        var parsed = nj.parser.parse(input, {}, { autoescape: false, tags: { variableStart: '${{', variableEnd: '}}' } });
        return parsed.children.length === 1 &&
            !(parsed.children[0] && parsed.children[0].children &&
              parsed.children[0].children[0] instanceof nj.nodes.TemplateData);
    }

    function renderString(value, context) {
        try {
            try {
                if (isSingleTemplateString(value)) {
                    var wrapped = value.replace(/\${{(.+)}}/g, '${{ ( $1 ) | dump }}');
                    var dumped = renderRaw('0--', wrapped, context);
                    if (dumped === '') return undefined;
                    return JSON.parse(dumped);
                }
            } catch (ex) {
                api.warnings.push('Failed to parse template string: ' + value + ' with error ' + (ex && ex.message));
            }
            var templated = renderRaw('0--', value, context);
            return templated === '' ? undefined : templated;
        } catch (e) {
            api.warnings.push('Failed to render ' + value + ': ' + (e && e.message));
            return value;
        }
    }

    // What JSON.parse's reviver does in Backstage (V4's reviver does not visit nested values): depth first,
    // undefined results drop the key.
    function walk(value, context) {
        if (typeof value === 'string') return renderString(value, context);
        if (Array.isArray(value)) {
            for (var i = 0; i < value.length; ++i) value[i] = walk(value[i], context);
            return value;
        }
        if (value !== null && typeof value === 'object') {
            Object.keys(value).forEach(function (k) {
                var v = walk(value[k], context);
                if (v === undefined) delete value[k]; else value[k] = v;
            });
        }
        return value;
    }

    // The lexer scans template text one character per method call, which dominates compile time in V4's
    // interpreter. Same result, found with indexOf: the text up to the next delimiter character.
    (function () {
        var proto = Object.getPrototypeOf(nj.lexer.lex('', {}));
        var original = proto._extractMatching;
        proto._extractMatching = function (breakOnMatch, charString) {
            if (!breakOnMatch) return original.call(this, breakOnMatch, charString);
            if (this.isFinished()) return null;
            var str = this.str, start = this.index, end = str.length;
            for (var i = 0; i < charString.length; ++i) {
                var at = str.indexOf(charString.charAt(i), start);
                if (at !== -1 && at < end) end = at;
            }
            if (end === start) return '';
            var text = str.slice(start, end);
            var lastNewline = text.lastIndexOf('\n');
            if (lastNewline === -1) {
                this.colno += text.length;
            } else {
                this.lineno += text.split('\n').length - 1;
                this.colno = text.length - 1 - lastNewline;
            }
            this.index = end;
            return text;
        };
    })();

    var api = {
        shapes: true,
        lastError: '',
        warnings: [],
        setIntegrations: function (json) { integrations = JSON.parse(json); },
        parseJson: function (json) { return JSON.parse(json); },
        stringify: function (value) { return value === undefined ? '' : JSON.stringify(value); },
        // Returns the rendered string, or null with lastError set. Error texts match Backstage's wrapping.
        render: function (key, source, context) {
            try {
                return renderRaw(key, source, context);
            } catch (e) {
                api.lastError = String(e && e.message !== undefined ? e.message : e);
                return null;
            }
        },
        // Renders every string value of a JSON document like NunjucksWorkflowRunner.render; returns JSON text
        // ('' for undefined).
        renderValue: function (input, context) {
            api.warnings = [];
            if (input === undefined) return undefined;
            return walk(JSON.parse(JSON.stringify(input)), context);
        }
    };
    return api;
}).call(this);
