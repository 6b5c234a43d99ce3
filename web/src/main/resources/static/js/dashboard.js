// CareTrail dashboard behaviour. No inline scripts: every page loads this file, each feature looks for its element.
(function () {
    'use strict';

    // Sign out after the idle timeout (HIPAA 164.312(a)(2)(iii)); the server enforces it too.
    function idleSignOut() {
        var seconds = Number(document.body.dataset.idleSeconds);
        var form = document.getElementById('sign-out');
        if (!seconds || !form) {
            return;
        }
        var timer;
        function restart() {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                var idle = document.createElement('input');
                idle.type = 'hidden';
                idle.name = 'idle';
                idle.value = '1';
                form.appendChild(idle);
                form.submit();
            }, seconds * 1000);
        }
        ['keydown', 'mousedown', 'touchstart', 'wheel'].forEach(function (type) {
            document.addEventListener(type, restart, {passive: true});
        });
        restart();
    }

    // Replaces an element's content with a fragment fetched in the background: not counted as use.
    function refresh(target, url, onDone) {
        fetch(url, {headers: {'CareTrail-Background': '1'}, credentials: 'same-origin'})
            .then(function (response) {
                if (response.status === 401 || response.redirected) {
                    window.location.assign('/login?idle');
                    return null;
                }
                if (!response.ok) {
                    throw new Error('refresh answered ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                if (html === null) {
                    return;
                }
                var holder = document.createElement('table');
                holder.innerHTML = html;
                var fresh = holder.querySelector('tbody');
                if (fresh) {
                    // a table's footer (its pager) comes with its rows, so both tell of the same page
                    var footer = holder.querySelector('tfoot');
                    var shownFooter = target.parentNode ? target.parentNode.querySelector('tfoot') : null;
                    if (footer && shownFooter) {
                        shownFooter.replaceWith(footer);
                    }
                    target.replaceWith(fresh);
                    if (onDone) {
                        onDone(fresh);
                    }
                }
            })
            .catch(function (error) {
                console.warn('CareTrail: ' + error.message);
            });
    }

    function worklistRefresh() {
        var table = document.getElementById('worklist');
        if (!table) {
            return;
        }
        var seconds = Number(table.dataset.refreshSeconds) || 30;
        window.setInterval(function () {
            refresh(document.getElementById('worklist-rows'), table.dataset.refreshUrl);
        }, seconds * 1000);
    }

    function operationsRefresh() {
        var table = document.getElementById('projections');
        if (!table) {
            return;
        }
        function schedule(rows) {
            if (rows && rows.dataset.replaying === 'true') {
                window.setTimeout(function () {
                    refresh(document.getElementById('projection-rows'), table.dataset.refreshUrl, schedule);
                }, 1000);
            }
        }
        schedule(document.getElementById('projection-rows'));
    }

    // The readmission chart draws the figures of the table beside it, so both always agree.
    function rateChart() {
        var canvas = document.getElementById('rate-chart');
        var rows = document.querySelectorAll('#rates tbody tr');
        if (!canvas || typeof window.Chart === 'undefined') {
            return;
        }
        var months = [], readmitted = [], notReadmitted = [], pending = [], rates = [], links = [];
        rows.forEach(function (row) {
            months.push(row.dataset.month);
            readmitted.push(Number(row.dataset.readmitted));
            notReadmitted.push(Number(row.dataset.notReadmitted));
            pending.push(Number(row.dataset.pending));
            rates.push(row.dataset.rate === undefined || row.dataset.rate === '' ? null : Number(row.dataset.rate) * 100);
            links.push(row.dataset.href);
        });
        new window.Chart(canvas, {
            data: {
                labels: months,
                datasets: [
                    {type: 'line', label: 'Rate (%)', data: rates, yAxisID: 'rate', borderColor: '#a1151b',
                        backgroundColor: '#a1151b', spanGaps: true, tension: 0.2},
                    {type: 'bar', label: 'Readmitted', data: readmitted, stack: 'stays', backgroundColor: '#c0392b'},
                    {type: 'bar', label: 'Not readmitted', data: notReadmitted, stack: 'stays', backgroundColor: '#2e7d4f'},
                    {type: 'bar', label: 'Pending', data: pending, stack: 'stays', backgroundColor: '#c99700'}
                ]
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                scales: {
                    x: {stacked: true},
                    y: {stacked: true, beginAtZero: true, title: {display: true, text: 'Index stays'}},
                    rate: {position: 'right', beginAtZero: true, suggestedMax: 30, grid: {drawOnChartArea: false},
                        title: {display: true, text: 'Rate (%)'}}
                },
                onClick: function (event, elements) {
                    if (elements.length > 0 && links[elements[0].index]) {
                        window.location.assign(links[elements[0].index]);
                    }
                }
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        idleSignOut();
        worklistRefresh();
        operationsRefresh();
        rateChart();
    });
})();
